// "复制链接": copies the section's clean URL. Uses the Clipboard API where it exists and falls back
// to selecting the visible URL field (execCommand), so it works in old WebViews too; without JS the
// field is still there to long-press and copy.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const field = document.getElementById(button.dataset.copy!) as HTMLInputElement | null;
  if (!field) continue;
  button.hidden = false;
  const done = (ok: boolean) => {
    button.textContent = ok ? '已复制' : '请长按链接复制';
    window.setTimeout(() => (button.textContent = '复制链接'), 2000);
  };
  button.addEventListener('click', () => {
    const fallback = () => {
      field.focus();
      field.select();
      field.setSelectionRange(0, field.value.length);
      let ok = false;
      try {
        ok = document.execCommand('copy');
      } catch {
        ok = false;
      }
      done(ok);
    };
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(field.value).then(() => done(true), fallback);
    else fallback();
  });
}
