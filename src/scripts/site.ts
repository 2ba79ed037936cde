// The little JavaScript every page runs. Everything it does is an enhancement: every page reads,
// and every link works, without it.
import { setupModeToggle } from './mode';
import { setupSectionBar } from './sectionbar';
import { setupHandoutNote, setupShare } from './share';
import { offerReturn, rememberSourceJumps, restoreReturn } from './sources';

setupModeToggle();
setupShare();
setupHandoutNote();
if (document.documentElement.dataset.page === 'yuanwen') offerReturn();
else {
  rememberSourceJumps();
  restoreReturn();
}
setupSectionBar();
// The scroll steps' library loads only where a chart steps (the story), and only when it can run.
if (document.querySelector('figure.scrolly')) void import('./scrolly').then((m) => m.setupScrolly());
