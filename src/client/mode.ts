/** Where the reader's choice of 长辈模式 is kept, and the value that means "on". */
export const MODE_KEY = 'shudu-mode';
export const ELDER = 'elder';

/**
 * Runs in the <head> of every page before the first paint (injected inline, its hash in the CSP):
 * marks that scripts run (so the 长辈模式 switch shows without moving anything) and applies the
 * reader's remembered choice. Written out as source because it is inlined as is.
 */
export const EARLY_SCRIPT = `(function(d){d.classList.add('js');try{if(localStorage.getItem('${MODE_KEY}')==='${ELDER}')d.setAttribute('data-mode','${ELDER}')}catch(e){}})(document.documentElement);`;

/**
 * The mode's switches: the masthead's toggles it (and says 开/关 by CSS, aria-pressed here); the
 * section bar's 退出长辈模式 (data-mode-toggle="off") turns it off. The choice is remembered.
 */
export function setupModeToggle(): void {
  const root = document.documentElement;
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-mode-toggle]')];
  const sync = () => {
    for (const b of buttons) if (b.hasAttribute('aria-pressed')) b.setAttribute('aria-pressed', String(root.dataset.mode === ELDER));
  };
  sync();
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const on = button.dataset.modeToggle !== 'off' && root.dataset.mode !== ELDER;
      if (on) root.dataset.mode = ELDER;
      else delete root.dataset.mode;
      try {
        if (on) localStorage.setItem(MODE_KEY, ELDER);
        else localStorage.removeItem(MODE_KEY);
      } catch {
        // Private browsing may refuse storage: the mode still holds for this page.
      }
      sync();
      window.dispatchEvent(new Event('shudu:mode'));
    });
  }
}
