// 分享本节, 保存海报, 下载讲义 the way each browser can. WeChat cannot be asked to open its ··· menu,
// and its menu shares the page the reader is on; it ignores download links. So inside WeChat
// 分享本节 goes to the section's own page (a clean URL) and shows there a hint pointing at ···;
// elsewhere it uses the system share sheet, or copies the link. Posters open in the page, to be
// saved by a long press. Without this script all of them are plain links.

const HINT_KEY = 'shudu-share-hint';
export const inWeChat = (): boolean => /MicroMessenger/i.test(navigator.userAgent);

/** An overlay over the page, closed by its button, by Esc or by a tap outside its content. */
function overlay(className: string, build: (inner: HTMLElement) => void): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.className = `overlay ${className}`;
  const inner = document.createElement('div');
  inner.className = 'overlay__inner';
  build(inner);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'overlay__close';
  close.textContent = '关闭';
  close.addEventListener('click', () => dialog.close());
  inner.append(close);
  dialog.append(inner);
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog || event.target === inner) dialog.close();
  });
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
  return dialog;
}

function text(tag: string, className: string, content: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = content;
  return el;
}

/** The hint that points at WeChat's own ··· menu, top right. */
export function showShareHint(): void {
  overlay('overlay--hint', (inner) => {
    inner.setAttribute('role', 'document');
    inner.append(text('p', 'overlay__arrow', '↗'), text('p', 'overlay__text', '点右上角 ··· ，选“发送给朋友”或“分享到朋友圈”，分享的就是本页。'));
  });
}

function showPoster(src: string, title: string): void {
  overlay('overlay--poster', (inner) => {
    const img = document.createElement('img');
    img.src = src;
    img.alt = `${title}：分享海报`;
    inner.append(img, text('p', 'overlay__text', '长按图片保存，再发到朋友圈'));
  });
}

function toast(message: string): void {
  const el = text('p', 'toast', message);
  el.setAttribute('role', 'status');
  document.body.append(el);
  window.setTimeout(() => el.remove(), 2500);
}

async function copy(url: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(url);
    return true;
  } catch {
    const field = document.createElement('textarea');
    field.value = url;
    field.setAttribute('readonly', '');
    field.className = 'visually-hidden';
    document.body.append(field);
    field.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    field.remove();
    return ok;
  }
}

export function setupShare(): void {
  // Arriving on a section's page from its 分享本节 inside WeChat: say where WeChat's menu is.
  const page = document.documentElement.dataset.section;
  try {
    if (page && sessionStorage.getItem(HINT_KEY) === page) {
      sessionStorage.removeItem(HINT_KEY);
      showShareHint();
    }
  } catch {
    // No storage: no hint, and the page is still the one to share.
  }

  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-share], a[data-poster], a[data-handout]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    if (link.dataset.poster !== undefined) {
      event.preventDefault();
      showPoster(link.href, link.closest('section')?.querySelector('h1, h2')?.textContent ?? '数读2020');
      return;
    }
    if (link.dataset.handout !== undefined) {
      if (!inWeChat()) return;
      event.preventDefault();
      overlay('overlay--hint', (inner) => {
        inner.append(
          text('p', 'overlay__arrow', '↗'),
          text('p', 'overlay__text', '微信里打不开 PDF：点右上角 ··· ，选“在浏览器打开”，再下载讲义。也可以保存各节的海报（每节的“保存海报”），长按图片保存。'),
        );
      });
      return;
    }
    const url = new URL(link.href, location.href);
    const here = link.dataset.shareHere !== undefined;
    event.preventDefault();
    if (inWeChat()) {
      if (here) return showShareHint();
      try {
        sessionStorage.setItem(HINT_KEY, link.dataset.share ?? '');
      } catch {
        // Without storage the reader still lands on the page to share.
      }
      location.href = url.pathname;
      return;
    }
    const title = `${link.dataset.title ?? ''}｜数读2020`;
    if (navigator.share) {
      navigator.share({ title, url: url.href }).catch(() => undefined);
      return;
    }
    void copy(url.href).then((ok) => toast(ok ? '链接已复制' : `请复制链接：${url.href}`));
  });
}

/** Inside WeChat, say next to the handout link that the PDF opens in the system browser. */
export function setupHandoutNote(): void {
  if (!inWeChat()) return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-handout]')) {
    const note = text('p', 'note', '微信里打不开 PDF：点右上角 ··· 选“在浏览器打开”；或保存各节海报。');
    link.closest('p')?.after(note);
  }
}
