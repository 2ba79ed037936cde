// The section bar marks the section being read, and draws how far the reader has read. The chips
// work as links without this.

/**
 * Scrolls the row of chips, and only the row, so that `chip` shows. (scrollIntoView would also
 * scroll the page: the bar sits inside the root's scroll-padding, so the page jumped up.)
 */
function reveal(chip: HTMLElement): void {
  const row = chip.closest<HTMLElement>('ol');
  if (!row) return;
  const c = chip.getBoundingClientRect();
  const r = row.getBoundingClientRect();
  if (c.left < r.left) row.scrollLeft -= r.left - c.left;
  else if (c.right > r.right) row.scrollLeft += c.right - r.right;
}

/**
 * The reading-progress line under the bar: the share of the page scrolled, as the custom property
 * --progress (0 to 1) that the bar's stylesheet draws. Set through the CSSOM, which the page's
 * policy allows (it refuses only style attributes written in the HTML); once a frame at most.
 */
function followProgress(bar: HTMLElement): void {
  const root = document.documentElement;
  let queued = false;
  const draw = () => {
    queued = false;
    const scrollable = root.scrollHeight - window.innerHeight;
    bar.style.setProperty('--progress', String(scrollable > 0 ? Math.min(1, Math.max(0, window.scrollY / scrollable)) : 1));
  };
  const queue = () => {
    if (!queued) requestAnimationFrame(draw);
    queued = true;
  };
  addEventListener('scroll', queue, { passive: true });
  addEventListener('resize', queue, { passive: true });
  queue();
}

/** The fade at the row's right edge says more chips lie beyond; at the end of the row it goes. */
function markEnd(row: HTMLElement): void {
  const update = () => row.classList.toggle('at-end', row.scrollLeft + row.clientWidth >= row.scrollWidth - 2);
  row.addEventListener('scroll', update, { passive: true });
  addEventListener('resize', update, { passive: true });
  requestAnimationFrame(update);
}

/** The 章节 menu (长辈模式) closes once a chapter is chosen, so that the chapter is not under it. */
function closeOnChoice(menu: HTMLDetailsElement): void {
  menu.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) menu.open = false;
  });
}

export function setupSectionBar(): void {
  const bar = document.querySelector<HTMLElement>('nav.bar');
  const menu = bar?.querySelector<HTMLDetailsElement>('details.bar__menu');
  if (menu) closeOnChoice(menu);
  if (bar) followProgress(bar);
  const row = bar?.querySelector<HTMLElement>('.bar__list');
  if (row) markEnd(row);
  const chips = new Map([...document.querySelectorAll<HTMLAnchorElement>('[data-chip]')].map((chip) => [chip.dataset.chip!, chip]));
  if (chips.size === 0 || !('IntersectionObserver' in window)) return;
  const visible = new Set<string>();
  const mark = () => {
    const current = [...chips.keys()].find((id) => visible.has(id));
    for (const [id, chip] of chips) {
      if (id === current) {
        chip.setAttribute('aria-current', 'true');
        reveal(chip);
      } else chip.removeAttribute('aria-current');
    }
  };
  // A section counts as being read while it crosses the upper third of the screen.
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target.id);
        else visible.delete(entry.target.id);
      }
      mark();
    },
    { rootMargin: '-30% 0px -60% 0px' },
  );
  for (const id of chips.keys()) {
    const section = document.getElementById(id);
    if (section) observer.observe(section);
  }
}
