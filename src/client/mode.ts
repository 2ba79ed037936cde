/** Where the reader's choice of 长辈模式 is kept, and the value that means "on". */
export const MODE_KEY = 'shudu-mode';
export const ELDER = 'elder';

/**
 * Runs in the <head> of every page before the first paint (injected inline, its hash in the CSP):
 * marks that scripts run (so the 长辈模式 switch shows without moving anything), that scroll steps
 * can run (IntersectionObserver: only then does a stepping chart stick and space its steps out),
 * and applies the reader's remembered choice. Written out as source because it is inlined as is.
 */
export const EARLY_SCRIPT = `(function(d){d.classList.add('js');if('IntersectionObserver' in window)d.classList.add('steps');try{if(localStorage.getItem('${MODE_KEY}')==='${ELDER}')d.setAttribute('data-mode','${ELDER}')}catch(e){}})(document.documentElement);`;

/** Switches the mode on or off, remembers it, and says so on the switch. */
export function setupModeToggle(): void {
  const root = document.documentElement;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-mode-toggle]')) {
    const sync = () => button.setAttribute('aria-pressed', String(root.dataset.mode === ELDER));
    sync();
    button.addEventListener('click', () => {
      const on = root.dataset.mode !== ELDER;
      if (on) root.dataset.mode = ELDER;
      else delete root.dataset.mode;
      try {
        if (on) localStorage.setItem(MODE_KEY, ELDER);
        else localStorage.removeItem(MODE_KEY);
      } catch {
        // Private browsing may refuse storage: the mode still holds for this page.
      }
      sync();
    });
  }
}
