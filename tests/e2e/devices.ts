// The browsers our readers use, as Playwright context options. Most open the story inside WeChat on
// Android (Tencent's Chromium-based XWeb core); many on iPhones (WKWebView); a few outside WeChat.
import type { BrowserContextOptions } from '@playwright/test';

export const WECHAT_ANDROID =
  'Mozilla/5.0 (Linux; Android 13; M2012K11AC Build/TKQ1.220829.002; wv) AppleWebKit/537.36 ' +
  '(KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160117 ' +
  'MMWEBSDK/20240301 MMWEBID/9531 MicroMessenger/8.0.48.2580(0x28003036) WeChat/arm64 Weixin ' +
  'NetType/WIFI Language/zh_CN ABI/arm64';

export const WECHAT_IOS =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ' +
  'Mobile/15E148 MicroMessenger/8.0.48(0x18003030) NetType/WIFI Language/zh_CN';

/** The phone's own browser, outside WeChat. */
export const PLAIN_ANDROID =
  'Mozilla/5.0 (Linux; Android 13; M2012K11AC) AppleWebKit/537.36 (KHTML, like Gecko) ' + 'Chrome/124.0.0.0 Mobile Safari/537.36';

/** A phone in WeChat, `width` CSS pixels wide. */
export function wechatPhone(width = 375, height = 667, userAgent = WECHAT_ANDROID): BrowserContextOptions {
  return { viewport: { width, height }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, userAgent };
}

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

/** 320 and 375 px in WeChat, 1280 px on a desktop: the widths the pages are checked at. */
export function atWidth(width: number): BrowserContextOptions {
  return width >= 1024 ? { ...DESKTOP, viewport: { width, height: 800 } } : wechatPhone(width);
}
