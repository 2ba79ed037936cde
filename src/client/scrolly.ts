// Scroll steps, for the one chart that changes as you read: as a step comes up below the sticky
// chart, the chart shows the marks of steps up to it and stresses its own. An enhancement only:
// without IntersectionObserver, with reduced motion, in 长辈模式 or without this script, every
// mark stays visible and the steps read as notes.
import scrollama from 'scrollama';

function setState(figure: HTMLElement, step: number) {
  figure.dataset.state = String(step);
  for (const mark of figure.querySelectorAll<SVGGElement>('.datum[data-step]')) {
    const s = Number(mark.dataset.step);
    mark.classList.toggle('is-future', step > 0 && s > step);
    mark.classList.toggle('is-current', step > 0 && s === step);
  }
  // biome-ignore lint/suspicious/useIterableCallbackReturn: toggle's result is not used
  figure.querySelectorAll<HTMLElement>('.step').forEach((el, i) => el.classList.toggle('is-active', i + 1 === step));
}

export function setupScrolly(): void {
  const figures = [...document.querySelectorAll<HTMLElement>('figure.scrolly')];
  const flat = window.matchMedia('(prefers-reduced-motion: reduce)').matches || document.documentElement.dataset.mode === 'elder';
  if (figures.length === 0 || flat || !('IntersectionObserver' in window)) return;
  for (const figure of figures) {
    const graphic = figure.querySelector<HTMLElement>('.chart__graphic');
    const steps = [...figure.querySelectorAll<HTMLElement>('.step')];
    if (!graphic || steps.length === 0) continue;
    // A step takes over as its top comes up just below the sticky chart (beside it on wide screens).
    const wide = window.matchMedia('(min-width: 60rem)').matches;
    const top = parseFloat(getComputedStyle(graphic).top) || 0;
    const line = wide ? Math.round(window.innerHeight * 0.6) : Math.round(top + graphic.offsetHeight + 8);
    figure.dataset.offset = String(line);
    scrollama()
      .setup({ step: steps, offset: `${line}px` as unknown as 0 })
      .onStepEnter(({ index }) => setState(figure, index + 1))
      .onStepExit(({ index, direction }) => {
        if (index === 0 && direction === 'up') setState(figure, 0);
      });
  }
}
