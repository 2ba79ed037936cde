// The dialogs and messages 分享本节, 保存海报 and 下载讲义 show. Loaded on the first tap that needs
// one, with their stylesheet (/overlays.css), so none of it is part of the page's first load.
// They behave like WeChat's own: a solid backdrop, nothing scrolls under them, a tap outside or
// Android's back closes them (each open dialog is a history entry, so back returns the reader to
// where they were instead of leaving the page).

const STYLES = '/overlays.css';

/** The dialogs' stylesheet, fetched once, before the first dialog shows (so it never shows unstyled). */
function styled(): Promise<void> {
  if (document.querySelector(`link[href="${STYLES}"]`)) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = STYLES;
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
  });
  document.head.append(link);
  return loaded;
}

/** A dialog over the page, closed by its button, by Esc, by a tap outside its content, or by back. */
async function overlay(className: string, build: (inner: HTMLElement) => void): Promise<void> {
  await styled();
  const root = document.documentElement;
  const dialog = document.createElement('dialog');
  dialog.className = `overlay ${className}`;
  const inner = document.createElement('div');
  inner.className = 'overlay__inner';
  build(inner);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'overlay__close';
  close.textContent = '关闭';
  inner.append(close);
  dialog.append(inner);

  // The dialog is a history entry: back closes it, and closing it any other way takes that entry off.
  history.pushState({ overlay: true }, '');
  let popped = false;
  const onPop = () => {
    popped = true;
    dialog.close();
  };
  window.addEventListener('popstate', onPop);
  const shut = () => dialog.close();
  close.addEventListener('click', shut);
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog || event.target === inner) shut();
  });
  dialog.addEventListener('close', () => {
    window.removeEventListener('popstate', onPop);
    root.classList.remove('has-overlay');
    dialog.remove();
    if (!popped) history.back();
  });
  root.classList.add('has-overlay');
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
}

function text(tag: string, className: string, content: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = content;
  return el;
}

/** Points up at WeChat's own ··· menu, above the page, top right: the page shared is the page the reader is on. */
export function showShareHint(): Promise<void> {
  return overlay('overlay--hint', (inner) => {
    inner.append(
      text('p', 'overlay__arrow', '↑'),
      text('p', 'overlay__text', '点右上角 ··· ，选“发送给朋友”或“分享到朋友圈”，分享的就是本页。'),
    );
  });
}

/** WeChat opens no PDF: say how to get the handout, and what to share instead. */
export function showHandoutHint(): Promise<void> {
  return overlay('overlay--hint', (inner) => {
    inner.append(
      text('p', 'overlay__arrow', '↑'),
      text(
        'p',
        'overlay__text',
        '微信里打不开 PDF：点右上角 ··· ，选“在浏览器打开”，再下载讲义。也可以保存各节的海报（每节的“保存海报”），长按图片保存。',
      ),
    );
  });
}

/** The poster, in the page, to be saved by a long press (WeChat ignores download links). */
export function showPoster(src: string, title: string): Promise<void> {
  return overlay('overlay--poster', (inner) => {
    const img = document.createElement('img');
    img.src = src;
    img.alt = `${title}：分享海报`;
    inner.append(text('p', 'overlay__text', '长按图片保存，再发到朋友圈'), img);
  });
}

async function toast(message: string): Promise<void> {
  await styled();
  const el = text('p', 'toast', message);
  el.setAttribute('role', 'status');
  document.body.append(el);
  window.setTimeout(() => el.remove(), 2500);
}

/** The system share sheet where there is one; else the link, copied. */
export async function shareLink(url: string, title: string): Promise<void> {
  if (navigator.share) {
    await navigator.share({ title, url }).catch(() => undefined);
    return;
  }
  let ok = false;
  try {
    await navigator.clipboard.writeText(url);
    ok = true;
  } catch {
    // Old WebViews: copy from a selected field.
    const field = document.createElement('textarea');
    field.value = url;
    field.setAttribute('readonly', '');
    field.className = 'visually-hidden';
    document.body.append(field);
    field.select();
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    field.remove();
  }
  await toast(ok ? '链接已复制' : `请复制链接：${url}`);
}
