// Jumping to 原文 and back. A tap on a figure's source link remembers where the reader was (page,
// scroll position, and whether it was a chart or the text); 原文 then offers 回到图表 / 回到正文 to
// exactly that place, beside the marked figure. Android WeChat's back control closes the page, so
// the way back must be in the page.

const RETURN_KEY = 'shudu-return';

interface Return {
  path: string;
  y: number;
  target: string;
  label: string;
}

export function rememberSourceJumps(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="/yuanwen/#"]');
    if (!link || location.pathname.startsWith('/yuanwen/')) return;
    const back: Return = {
      path: location.pathname + location.search,
      y: Math.round(window.scrollY),
      target: new URL(link.href).hash,
      label: link.closest('figure') ? '回到图表' : '回到正文',
    };
    try {
      sessionStorage.setItem(RETURN_KEY, JSON.stringify(back));
    } catch {
      // No storage: the browser's own back still works.
    }
  });
}

/** On 原文: the way back, placed after the paragraph that holds the marked figure. */
export function offerReturn(): void {
  let back: Return | null = null;
  try {
    back = JSON.parse(sessionStorage.getItem(RETURN_KEY) ?? 'null') as Return | null;
  } catch {
    back = null;
  }
  if (!back || back.target !== location.hash) return;
  const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  const block = target?.closest('.block');
  if (!block) return;
  const link = document.createElement('a');
  link.className = 'return';
  link.href = back.path;
  link.textContent = `← ${back.label}`;
  link.addEventListener('click', () => {
    try {
      sessionStorage.setItem(RETURN_KEY, JSON.stringify({ ...back, restore: true }));
    } catch {
      // Without storage the page opens at its top.
    }
  });
  block.after(link);
}

/** Back on the page the reader came from: the scroll position they left. */
export function restoreReturn(): void {
  try {
    const back = JSON.parse(sessionStorage.getItem(RETURN_KEY) ?? 'null') as (Return & { restore?: boolean }) | null;
    if (back?.restore && back.path === location.pathname + location.search) {
      sessionStorage.removeItem(RETURN_KEY);
      window.scrollTo(0, back.y);
    }
  } catch {
    // Nothing to restore.
  }
}
