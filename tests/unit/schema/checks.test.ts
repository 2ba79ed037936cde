// The content checks, on the real content and on copies of it with one thing changed: each change
// is a mistake the site once made or an editor could make, and each must be reported with the file,
// the entry and the field to fix.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, claimsOf, formatIssue, renderPlain, type ContentIssue } from '../../../src/schema';
import { CONTENT_DIR, copyOfContent, realContent } from '../../content';

type Content = ReturnType<typeof copyOfContent>;

function issuesAfter(change: (c: Content) => void): ContentIssue[] {
  const copy = copyOfContent();
  change(copy);
  return checkContent(copy);
}
const text = (issues: ContentIssue[]) => issues.map(formatIssue).join('\n');
const find = <T extends { id: string }>(items: T[], id: string): T => {
  const item = items.find((i) => i.id === id);
  if (!item) throw new Error(`no ${id} in the content`);
  return item;
};

describe('the real content', () => {
  it('passes every check', () => {
    expect(text(checkContent(realContent().content))).toBe('');
  });

  it('has a fact-check line for every text the site writes — the story headline, each point, description and prose paragraph; each chart title, note and step; each plan — and for nothing else', () => {
    // Read from the files themselves, not through the code that lists the claims.
    const json = <T>(file: string) => JSON.parse(readFileSync(join(CONTENT_DIR, file), 'utf8')) as T;
    const sections = json<Array<{ id: string; prose: unknown[]; headline: unknown }>>('sections.json');
    const charts = json<Array<{ id: string; notes: unknown[]; steps: unknown[] }>>('charts.json');
    const plans = json<Array<{ id: string }>>('plans.json');
    const written = [
      ...sections.flatMap((s) => [
        ...(s.headline ? [`sections/${s.id}/headline`] : []),
        `sections/${s.id}/point`,
        `sections/${s.id}/description`,
        ...s.prose.map((_, i) => `sections/${s.id}/prose/${i}`),
      ]),
      ...charts.flatMap((c) => [
        `charts/${c.id}/title`,
        ...c.notes.map((_, i) => `charts/${c.id}/notes/${i}`),
        ...c.steps.map((_, i) => `charts/${c.id}/steps/${i}`),
      ]),
      ...plans.map((p) => `plans/${p.id}/text`),
    ];
    const audited = json<Array<{ at: string }>>('audit.json').map((a) => a.at);
    expect(written).toHaveLength(66);
    expect([...audited].sort()).toEqual([...written].sort());
  });

  it('checked each text as the site renders it, tokens as printed (written out for a text of each kind)', () => {
    const { content } = realContent();
    const checked = (at: string) => content.audit.find((a) => a.at === at)?.text;
    const rendered = (at: string) => {
      const claim = claimsOf(content).find((c) => c.at === at);
      expect(claim, at).toBeDefined();
      return renderPlain(claim!.claim.text, realContent().story.lookup.entryOrUndefined);
    };
    const TEXTS: Array<[string, string]> = [
      ['sections/jichu/point', '地区生产总值预计增长11.0%，规上工业增加值预计增长30.7%'],
      ['sections/dise/point', '改造老旧小区、新建和改造管网，惠及群众近7000户'],
      ['sections/dongneng/prose/5', '生态上，治理水土流失面积4万亩；在国家重点生态功能区县域生态环境考核中位列全国第三、全省第一。'],
      ['sections/shudu/headline', '关键指标均居牡丹江市首位'],
      ['charts/growth/title', '从关键指标上看：三项增长'],
      ['charts/projects/steps/1', '排在前面、标红的是其中的省市百大项目；大项目个数和年度投资额均为牡丹江市第一名。'],
      ['plans/plan-tech/text', '把科技的力量用得更好，依托省级高新技术产业开发区，力争新增高新技术企业10户、科技型中小企业30户；'],
    ];
    for (const [at, words] of TEXTS) {
      expect(checked(at), `audit.json ${at}`).toBe(words);
      expect(rendered(at), `the site's ${at}`).toBe(words);
    }
  });
});

describe('a link is attached to the words that state it', () => {
  it('reports a key-figure bullet whose 全省第一 names the ecology ranking instead of the signed-projects one', () => {
    const issues = issuesAfter((c) => {
      const bullet = find(c.sections, 'shudu').bullets.find((b) => b.paragraph === 'p-shudu-2')!;
      bullet.text = bullet.text.replace('{{r-signed-projects-province}}', '{{r-ecology-province}}');
    });
    expect(text(issues)).toMatch(/sections\.json › shudu › bullets\[1\]\.text: \{\{r-ecology-province\}\}.*does not say/);
  });

  it('reports a bullet that no longer prints what the article prints', () => {
    const issues = issuesAfter((c) => {
      const bullet = find(c.sections, 'shudu').bullets[5]!;
      bullet.text = bullet.text.replace('在全省绩效评价中位列', '绩效评价位列');
    });
    expect(text(issues)).toMatch(
      /bullets\[5\]\.text: renders as "新增产业扶贫项目8个，绩效评价位列第二名", not as the article prints p-shudu-6/,
    );
  });

  it('reports a text that states a figure without naming the paragraph that states it', () => {
    const issues = issuesAfter((c) => void (find(c.sections, 'dise').prose[3]!.from = ['p-dise-1']));
    expect(text(issues)).toMatch(/sections\.json › dise › prose\[3\]\.from: \{\{f-old-estates\}\} is stated in p-dise-4/);
  });
});

describe('a result is credited to what the article credits it to', () => {
  it('reports 近7000户 credited to the pipes alone (label 管网惠及群众 with the whole sentence as its quote)', () => {
    const issues = issuesAfter((c) => void (find(c.figures, 'f-pipe-households').label = '新建和改造管网惠及群众'));
    // The label is still inside its quote, so the point of the check is the sentences: the dise
    // point (改造老旧小区、新建和改造管网，惠及群众…) stays true; a sentence crediting the pipes alone would not.
    const credited = issuesAfter((c) => {
      find(c.sections, 'dise').point.text = '新建和改造管网惠及群众{{f-pipe-households}}';
      find(c.figures, 'f-pipe-households').label = '改造老旧小区和管网惠及群众';
    });
    expect(text(issues)).toBe('');
    expect(text(credited)).toMatch(
      /dise › point: \{\{f-pipe-households\}\} \(改造老旧小区和管网惠及群众\) stands in a sentence that does not say "老旧小区"/,
    );
  });

  it('reports a label that adds a word its quote does not have', () => {
    const issues = issuesAfter((c) => void (find(c.figures, 'f-jobs').label = '新增城镇就业岗位'));
    expect(text(issues)).toMatch(/figures\.json › f-jobs › label: "新增城镇就业岗位" says "岗位"/);
  });

  it('reports a label that drops the scope of its quote (农村危桥, not 危桥)', () => {
    const issues = issuesAfter((c) => void (find(c.figures, 'f-dilapidated-bridges').label = '改造危桥'));
    expect(text(issues)).toMatch(/f-dilapidated-bridges › label: "改造危桥" drops "农村"/);
  });

  it('reports an indicator that drops 国家重点生态功能区', () => {
    const issues = issuesAfter((c) => void (find(c.rankings, 'r-ecology-national').label = '县域生态环境考核'));
    expect(text(issues)).toMatch(/r-ecology-national › label: "县域生态环境考核" drops "国家重点生态功能区"/);
  });
});

describe('years and phases are data, and every text keeps them', () => {
  it('reports a 2020 result in a 2021 section that does not say 2020年', () => {
    const issues = issuesAfter((c) => {
      const s = find(c.sections, 'chengxiang');
      s.prose.push({ text: '穆棱在国家重点生态功能区县域生态环境考核中位列{{r-ecology-national}}。', from: ['p-dongneng-6'] });
    });
    expect(text(issues)).toMatch(
      /chengxiang › prose\[0\]: \{\{r-ecology-national\}\} is a 2020 result in a text about 2021: its sentence must say 2020年/,
    );
  });

  it('reports a 2021 section that leads with a 2020 result', () => {
    const issues = issuesAfter((c) => void (find(c.sections, 'minsheng').keyFigure = 'f-old-estates'));
    expect(text(issues)).toMatch(/minsheng › keyFigure: "f-old-estates" is a 2020 result: a section about 2021 does not lead with it/);
  });

  it('reports a target whose year is not 2021, and a result whose phase says target', () => {
    const issues = issuesAfter((c) => {
      find(c.figures, 'f-target-sme').year = 2020;
      find(c.figures, 'f-jobs').phase = 'target';
    });
    expect(text(issues)).toMatch(/f-target-sme › year: a target belongs to 2021, not 2020/);
    expect(text(issues)).toMatch(/f-jobs › (year|phase)/);
  });

  it('reports an estimate whose sentence drops 预计, and a held rate that drops 控制在', () => {
    const issues = issuesAfter((c) => {
      find(c.sections, 'jichu').point.text = '地区生产总值增长{{f-gdp-growth}}';
      const p = find(c.sections, 'dise').prose[1]!;
      p.text = p.text.replace('登记失业率控制在', '登记失业率为');
    });
    expect(text(issues)).toMatch(/jichu › point: \{\{f-gdp-growth\}\} is a estimate: its sentence must say so/);
    expect(text(issues)).toMatch(/dise › prose\[1\]: \{\{f-unemployment\}\} keeps the article's 控制在/);
  });

  it('reports a ranking whose sentence drops its scope', () => {
    const issues = issuesAfter((c) => {
      const p = find(c.sections, 'dise').prose[0]!;
      p.text = p.text.replace('在全省绩效评价中', '在绩效评价中');
    });
    expect(text(issues)).toMatch(/dise › prose\[0\]: \{\{r-poverty-province\}\} ranks within 全省/);
  });
});

describe('honours and plans', () => {
  it('reports as an honour a title the article does not say was conferred (全省蔬菜生产大王)', () => {
    const issues = issuesAfter(
      (c) =>
        void c.honours.push({
          id: 'h-vegetable-king',
          title: '全省蔬菜生产大王',
          holder: '9万亩果蔬种植园区',
          level: 'provincial',
          phase: 'result',
          year: 2020,
          section: 'dongneng',
          paragraph: 'p-dongneng-1',
          quote: '9万亩果蔬种植园区诞生了全省蔬菜生产大王',
        }),
    );
    expect(text(issues)).toMatch(/honours\.json › h-vegetable-king › quote: the article does not say "全省蔬菜生产大王" was conferred/);
  });

  it('reports a plan that promises a target its text never states', () => {
    const issues = issuesAfter(
      (c) =>
        void (find(c.plans, 'plan-tech').text =
          '把科技的力量用得更好，依托省级高新技术产业开发区，力争新增高新技术企业10户、科技型中小企业{{f-target-sme}}；'),
    );
    expect(text(issues)).toMatch(/plans\.json › plan-tech › text: never states its target \{\{f-target-hightech\}\}/);
  });

  it('reports a plan that is not the article’s sentences word for word (a summary, a dropped clause)', () => {
    const issues = issuesAfter((c) => void (find(c.plans, 'plan-industry').text = '打造工业强链集群。实施产业链长制，完善专班建设。'));
    expect(text(issues)).toMatch(
      /plans\.json › plan-industry › text: "打造工业强链集群。实施产业链长制，完善专班建设。" is not whole sentences of paragraph p-chanye-3, word for word/,
    );
  });

  it('reports a 2021 sentence of the article that no plan and no prose of its section holds', () => {
    const issues = issuesAfter((c) => {
      const plan = find(c.plans, 'plan-industry');
      plan.text =
        '打造工业强链集群。加大高新技术产业园、麻纺产业园、轻化产业园、城区小微企业园等园区规划建设力度，实施产业链长制，完善专班建设，围绕木、麻、塑、矿和农产品加工、装备制造等重点布局补链强链延链工作。';
    });
    expect(text(issues)).toMatch(
      /sections\.json › chanye › plans: the article's 2021 sentence "以省市百大项目为牵动，倒排工期、挂图作战，确保完成开复工数量、投资额度等目标任务；" \(p-chanye-3\) is in no plan and no prose of this section/,
    );
  });

  it('reports a title that is not how its plan begins', () => {
    const issues = issuesAfter((c) => void (find(c.plans, 'plan-agriculture').title = '发展现代农业'));
    expect(text(issues)).toMatch(/plans\.json › plan-agriculture › title: "发展现代农业" is not how its text begins/);
  });

  it('reports a 2021 number a plan states but does not list', () => {
    const issues = issuesAfter((c) => void (find(c.plans, 'plan-talent').targets = []));
    expect(text(issues)).toMatch(/plans\.json › plan-talent › targets: states \{\{f-ten-bases\}\} but does not list it/);
  });

  it('reports an entry that no section shows', () => {
    const issues = issuesAfter(
      (c) => void (find(c.sections, 'gaige').plans = find(c.sections, 'gaige').plans.filter((p) => p !== 'plan-innovation')),
    );
    expect(text(issues)).toMatch(/plans\.json › plan-innovation › section: no section lists "plan-innovation"/);
  });
});

describe('texts the site writes', () => {
  it('reports a number typed as text instead of a token', () => {
    const issues = issuesAfter((c) => void (find(c.sections, 'dongneng').prose[0]!.text += '全年开复工各类项目106个。'));
    expect(text(issues)).toMatch(/dongneng › prose\[0\]: states a number as plain text/);
  });

  it('reports a quoted term the article does not use', () => {
    const issues = issuesAfter(
      (c) => void find(c.sections, 'chanye').prose.push({ text: '穆棱坚持“工业强市”不动摇。', from: ['p-chanye-1'] }),
    );
    expect(text(issues)).toMatch(/chanye › prose\[0\]: quotes “工业强市”, which the paragraphs it names \(p-chanye-1\) do not say/);
  });

  it('reports a text changed after its fact-check, and a text with no fact-check line', () => {
    const changed = issuesAfter((c) => void (find(c.sections, 'minsheng').point.text = '2021年要办好各项民生实事'));
    expect(text(changed)).toMatch(/audit\.json › sections\/minsheng\/point › text: was checked as "2021年用心用情办好各项民生实事"/);
    const unchecked = issuesAfter((c) => void (c.audit = c.audit.filter((a) => a.at !== 'charts/growth/title')));
    expect(text(unchecked)).toMatch(/audit\.json › charts\/growth\/title › \(missing\)/);
  });

  it('reports a fact-check that quotes words the article does not have', () => {
    const issues = issuesAfter(
      (c) => void c.audit.find((a) => a.at === 'sections/dongneng/point')!.support.push('全年开复工各类项目107个'),
    );
    expect(text(issues)).toMatch(/sections\/dongneng\/point › support\[\d\]: "全年开复工各类项目107个" is not in the paragraphs/);
  });
});

describe('charts say the role of each entry', () => {
  it('reports a unit chart whose part is larger than its whole', () => {
    const issues = issuesAfter((c) => {
      const chart = find(c.charts, 'projects');
      if (chart.kind !== 'units') throw new Error('projects is a unit chart');
      [chart.whole, chart.part] = [chart.part, chart.whole];
    });
    expect(text(issues)).toMatch(/charts\.json › projects › part: the part \(106个\) is larger than the whole \(16个\)/);
  });

  it('reports a pair whose target is a 2020 result', () => {
    const issues = issuesAfter((c) => {
      const chart = find(c.charts, 'targets');
      if (chart.kind !== 'pairs') throw new Error('targets is a pairs chart');
      chart.pairs[0]!.target = 'f-new-scale-firms';
    });
    expect(text(issues)).toMatch(/charts\.json › targets › pairs\[0\]\.target: "f-new-scale-firms" is a result, not a 2021 target/);
  });

  it('reports bars of different units on one scale', () => {
    const issues = issuesAfter((c) => {
      const chart = find(c.charts, 'growth');
      if (chart.kind !== 'bars') throw new Error('growth is a bar chart');
      chart.bars.push('f-soil');
    });
    expect(text(issues)).toMatch(/charts\.json › growth › bars: bars on one scale need one base unit, not % and 亩/);
  });
});

describe('the change log', () => {
  it('reports a correction that names nothing, and entries out of order', () => {
    const issues = issuesAfter((c) => {
      c.changes.push({
        id: 'change-005',
        date: '2026-12-07T09:00:00+08:00',
        kind: '更正',
        summary: '更正一个数字。',
        touches: [],
        digest: '0'.repeat(64),
      });
    });
    expect(text(issues)).toMatch(/changes\.json › change-005 › date: is earlier than change-004/);
    expect(text(issues)).toMatch(/changes\.json › change-005 › touches: a correction names what it corrects/);
  });
});
