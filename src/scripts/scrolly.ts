// Scroll steps: as a step crosses the middle of the screen, its chart reveals the marks of steps up
// to it and stresses its own. An enhancement only — without IntersectionObserver, with reduced
// motion, or without this script, every mark stays visible and the steps read as a list.
import scrollama from 'scrollama';

function setState(figure: HTMLElement, step: number) {
  figure.dataset.state = String(step);
  for (const mark of figure.querySelectorAll<SVGGElement>('.datum[data-step]')) {
    const s = Number(mark.dataset.step);
    mark.classList.toggle('is-future', step > 0 && s > step);
    mark.classList.toggle('is-current', step > 0 && s === step);
  }
  figure.querySelectorAll<HTMLElement>('.step').forEach((el, i) => el.classList.toggle('is-active', i + 1 === step));
}

const reduced = window.matchMedia('(prefers-reduced-motion: reduce)');
// Where on the screen a step takes over. On phones the chart sticks to the top and fills much of
// the screen, so a step acts as soon as it comes up below the chart, before it slides over it;
// side by side (wide screens, see charts.css) it acts a little above the middle.
const offset = window.matchMedia('(min-width: 70rem)').matches ? 0.6 : 0.8;
if ('IntersectionObserver' in window && !reduced.matches) {
  for (const figure of document.querySelectorAll<HTMLElement>('figure.scrolly')) {
    const steps = [...figure.querySelectorAll<HTMLElement>('.step')];
    figure.dataset.offset = String(offset);
    scrollama()
      .setup({ step: steps, offset })
      .onStepEnter(({ index }) => setState(figure, index + 1))
      .onStepExit(({ index, direction }) => {
        // Back above the first step: the chart shows everything again, as it does without JS.
        if (index === 0 && direction === 'up') setState(figure, 0);
      });
  }
}
