// The little JavaScript every page runs. Everything it does is an enhancement: every page reads,
// and every link works, without it.
import { setupModeToggle } from './mode';
import { setupSectionBar } from './sectionbar';
import { setupShare } from './share';
import { offerReturn, rememberSourceJumps, restoreReturn } from './sources';

setupModeToggle();
setupShare();
if (document.documentElement.dataset.page === 'yuanwen') offerReturn();
else {
  rememberSourceJumps();
  restoreReturn();
}
setupSectionBar();
// The scroll steps' library loads only where a chart steps (the story), and only as the reader
// nears that chart: it is no part of the first load.
// (The section is watched rather than the figure: a section far down is not laid out yet.)
const stepping = document.querySelector('figure.scrolly')?.closest('section');
if (stepping && 'IntersectionObserver' in window) {
  const near = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      near.disconnect();
      void import('./scrolly').then((m) => m.setupScrolly());
    },
    { rootMargin: '150% 0px' },
  );
  near.observe(stepping);
}
