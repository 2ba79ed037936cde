// Scroll steps, for the one chart that changes as you read. Where the chart and its longest card fit
// the screen together under the section bar, the chart and the card being read stick there as one
// block, and a track of empty space after them moves the steps on: card k shows with the chart's
// state k, and neither is ever half out of sight or under the other. While that block is not whole
// on screen (coming up from below, leaving at the top), the chart shows every mark and no card.
// Where they do not fit (a short screen, large text), or without this script, IntersectionObserver
// or with reduced motion, the chart lies flat with its steps as notes under it. Scrollama tells
// which part of the track is under the block.
import scrollama from 'scrollama';

function setState(figure: HTMLElement, step: number): void {
  if (figure.dataset.state === String(step)) return;
  figure.dataset.state = String(step);
  for (const mark of figure.querySelectorAll<SVGGElement>('.datum[data-step]')) {
    const s = Number(mark.dataset.step);
    mark.classList.toggle('is-future', step > 0 && s > step);
    mark.classList.toggle('is-current', step > 0 && s === step);
  }
  for (const [i, card] of figure.querySelectorAll<HTMLElement>('.step').entries()) card.classList.toggle('is-active', i + 1 === step);
}

/** Whether the chart and its tallest card fit on screen together, below a bar `barHeight` tall. */
function fits(figure: HTMLElement, barHeight: number): boolean {
  figure.classList.add('is-stepping');
  const body = figure.querySelector<HTMLElement>('.chart__body');
  const height = body ? body.getBoundingClientRect().height : Number.POSITIVE_INFINITY;
  figure.classList.remove('is-stepping');
  return barHeight + height + 8 <= window.innerHeight;
}

function stepper(figure: HTMLElement) {
  const cards = [...figure.querySelectorAll<HTMLElement>('.step')];
  const body = figure.querySelector<HTMLElement>('.chart__body');
  const track = document.createElement('div');
  track.className = 'chart__track';
  track.setAttribute('aria-hidden', 'true');
  for (let i = 0; i < cards.length; i++) track.append(document.createElement('div'));
  let reached = 1;
  let whole = false;
  const show = () => setState(figure, whole ? reached : 0);
  const scroller = scrollama();
  // Card and chart show only while the block is whole on screen below the bar.
  let watch: IntersectionObserver | undefined;
  const off = () => {
    scroller.destroy();
    watch?.disconnect();
    track.remove();
    figure.classList.remove('is-stepping');
    figure.style.removeProperty('--bar-h');
    setState(figure, 0);
  };
  const on = (barHeight: number) => {
    figure.classList.add('is-stepping');
    figure.style.setProperty('--bar-h', `${barHeight}px`);
    body?.after(track);
    const line = barHeight + (body?.getBoundingClientRect().height ?? 0);
    scroller
      .setup({ step: [...track.children] as HTMLElement[], offset: `${Math.round(line)}px` as unknown as 0 })
      .onStepEnter(({ index }) => {
        reached = index + 1;
        show();
      })
      .onStepExit(({ index, direction }) => {
        if (direction === 'up') reached = Math.max(1, index);
        show();
      });
    watch = new IntersectionObserver(
      ([entry]) => {
        whole = !!entry && entry.intersectionRatio > 0.99;
        show();
      },
      { rootMargin: `-${barHeight}px 0px 0px 0px`, threshold: [0, 0.99, 1] },
    );
    if (body) watch.observe(body);
  };
  return { on, off };
}

/**
 * Runs `change`, which sets the steps up or takes them down, without moving what the reader is
 * looking at. The steps are set up as the reader nears the chart, so one who tapped a chip further
 * down may already be past it: its scroll track then grows the page above the screen. Chromium and
 * Firefox anchor the scroll and hold the page still themselves (and are best left to it: touching
 * the anchoring meanwhile can cost the anchor that a section laid out in the same frame needs).
 * WebKit (WeChat on an iPhone) does not, so there it is done here.
 */
function holdingStill(figures: HTMLElement[], change: () => void): void {
  const root = document.documentElement;
  if (CSS.supports('overflow-anchor', 'auto') || !figures.some((f) => f.getBoundingClientRect().bottom <= 0)) {
    change();
    return;
  }
  // Only what is above the screen changes, so the page's height grows by what the screen moved.
  const height = root.scrollHeight;
  change();
  const grew = root.scrollHeight - height;
  if (grew) window.scrollBy(0, grew);
}

/**
 * Runs `run` once every figure's section is laid out. A section away from the screen is not
 * (content-visibility: auto), and measuring inside it lays it out out of turn: it then takes its
 * real height outside the browser's frame, where scroll anchoring cannot hold the page still, and a
 * reader who had just landed on a later section (a chip, a link to /#section) was carried off it.
 */
function onceLaidOut(figures: HTMLElement[], run: () => void): void {
  const skipped = figures
    .filter((f) => typeof f.checkVisibility === 'function' && !f.checkVisibility({ contentVisibilityAuto: true }))
    .map((f) => f.closest('section'))
    .filter((s): s is HTMLElement => s !== null);
  if (skipped.length === 0) {
    run();
    return;
  }
  const waiting = new Set(skipped);
  for (const section of waiting) {
    const shown = (event: Event) => {
      if ((event as ContentVisibilityAutoStateChangeEvent).skipped) return;
      section.removeEventListener('contentvisibilityautostatechange', shown);
      waiting.delete(section);
      if (waiting.size === 0) run();
    };
    section.addEventListener('contentvisibilityautostatechange', shown);
  }
}

export function setupScrolly(): void {
  const root = document.documentElement;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)');
  const steppers = [...document.querySelectorAll<HTMLElement>('figure.scrolly')].map((figure) => ({ figure, ...stepper(figure) }));
  let active = false;
  const decide = () =>
    holdingStill(
      steppers.map((s) => s.figure),
      () => {
        const bar = document.querySelector<HTMLElement>('nav.bar');
        const barHeight = bar ? Math.ceil(bar.getBoundingClientRect().height) : 0;
        const can = !still.matches && root.dataset.mode !== 'elder' && 'IntersectionObserver' in window;
        if (active) for (const s of steppers) s.off();
        active = false;
        if (!can) return;
        for (const s of steppers) {
          if (fits(s.figure, barHeight)) {
            s.on(barHeight);
            active = true;
          }
        }
      },
    );
  onceLaidOut(
    steppers.map((s) => s.figure),
    decide,
  );
  // A turned phone, a window resized, 长辈模式 switched: decide again.
  let queued = 0;
  const again = () => {
    window.clearTimeout(queued);
    queued = window.setTimeout(decide, 150);
  };
  window.addEventListener('resize', again);
  window.addEventListener('shudu:mode', again);
}
