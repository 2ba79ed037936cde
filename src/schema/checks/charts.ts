import { CONTENT_FILES } from '../collections';
import type { Figure } from '../figure';
import { baseUnit } from '../units';
import type { Rule } from './context';

const file = CONTENT_FILES.charts;

/** Charts: each entry in its role, and the roles make sense together. */
export const chartRoles: Rule = (ctx) => {
  for (const c of ctx.set.charts) {
    if (!ctx.sections.has(c.section)) ctx.dangling(file, c.id, 'section', `unknown section "${c.section}"`, c.section);
    else if (!ctx.sections.get(c.section)!.charts.includes(c.id))
      ctx.add(file, c.id, 'section', `section "${c.section}" does not list this chart`);
    const figure = (id: string, field: string) => {
      const f = ctx.figures.get(id);
      if (!f) ctx.dangling(file, c.id, field, `unknown figure "${id}"`, id);
      return f;
    };
    switch (c.kind) {
      case 'bars': {
        const bars = c.bars.map((id, i) => figure(id, `bars[${i}]`)).filter((f): f is Figure => !!f);
        const bases = new Set(bars.map((f) => baseUnit(f.unit)));
        if (bases.size > 1) ctx.add(file, c.id, 'bars', `bars on one scale need one base unit, not ${[...bases].join(' and ')}`);
        break;
      }
      case 'units': {
        const whole = figure(c.whole, 'whole');
        const part = figure(c.part, 'part');
        if (whole && part) {
          if (whole.unit !== part.unit)
            ctx.add(file, c.id, 'part', `the part (${part.unit}) and the whole (${whole.unit}) count different things`);
          if (part.value > whole.value)
            ctx.add(file, c.id, 'part', `the part (${part.printed}) is larger than the whole (${whole.printed})`);
          if (!Number.isInteger(whole.value) || !Number.isInteger(part.value))
            ctx.add(file, c.id, 'whole', 'a unit chart draws one square per item: whole numbers only');
        }
        break;
      }
      case 'ranks':
        c.rankings.forEach((id, i) => {
          if (!ctx.rankings.has(id)) ctx.dangling(file, c.id, `rankings[${i}]`, `unknown ranking "${id}"`, id);
        });
        break;
      case 'pairs':
        c.pairs.forEach((pair, i) => {
          const target = figure(pair.target, `pairs[${i}].target`);
          const before = pair.before === null ? null : figure(pair.before, `pairs[${i}].before`);
          if (target && target.phase !== 'target')
            ctx.add(file, c.id, `pairs[${i}].target`, `"${target.id}" is a ${target.phase}, not a 2021 target`);
          if (before && before.phase !== 'result') ctx.add(file, c.id, `pairs[${i}].before`, `"${before.id}" is not a 2020 result`);
          if (target && before && target.unit !== before.unit)
            ctx.add(file, c.id, `pairs[${i}].before`, `counts ${before.unit}, the target counts ${target.unit}`);
        });
        break;
    }
  }
};
