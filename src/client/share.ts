// 分享本节, 保存海报, 下载讲义 the way each browser can. WeChat cannot be asked to open its ··· menu,
// and its menu shares the page the reader is on; it ignores download links. So inside WeChat
// 分享本节 goes to the section's own page (a clean URL) and shows there a hint pointing at ···;
// elsewhere it uses the system share sheet, or copies the link. Posters open in the page, to be
// saved by a long press. Without this script all of them are plain links.

const HINT_KEY = 'shudu-share-hint';
const inWeChat = (): boolean => /MicroMessenger/i.test(navigator.userAgent);
const overlays = () => import('./overlays');

export function setupShare(): void {
  // Arriving on a section's page from its 分享本节 inside WeChat: say where WeChat's menu is.
  const page = document.documentElement.dataset.section;
  try {
    if (page && sessionStorage.getItem(HINT_KEY) === page) {
      sessionStorage.removeItem(HINT_KEY);
      void overlays().then((o) => o.showShareHint());
    }
  } catch {
    // No storage: no hint, and the page is still the one to share.
  }

  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-share], a[data-poster], a[data-handout]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const d = link.dataset;
    if (d.handout !== undefined && !inWeChat()) return;
    event.preventDefault();
    if (d.poster !== undefined) {
      const title = link.closest('section')?.querySelector('h1, h2')?.textContent ?? '数读2020';
      void overlays().then((o) => o.showPoster(link.href, title));
    } else if (d.handout !== undefined) {
      void overlays().then((o) => o.showHandoutHint());
    } else if (inWeChat() && d.shareHere !== undefined) {
      void overlays().then((o) => o.showShareHint());
    } else if (inWeChat()) {
      try {
        sessionStorage.setItem(HINT_KEY, d.share ?? '');
      } catch {
        // Without storage the reader still lands on the page to share.
      }
      location.href = new URL(link.href).pathname;
    } else {
      void overlays().then((o) => o.shareLink(link.href, `${d.title ?? ''}｜数读2020`));
    }
  });

  // Inside WeChat, say beside the handout link that the PDF opens in the system browser.
  if (inWeChat()) {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-handout]')) {
      const note = document.createElement('p');
      note.className = 'note';
      note.textContent = '微信里打不开 PDF：点右上角 ··· 选“在浏览器打开”；或保存各节海报。';
      link.closest('p')?.after(note);
    }
  }
}
