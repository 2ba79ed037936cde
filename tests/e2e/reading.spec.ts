// Reading the story and its section pages: what the first screen says, how the section bar keeps
// the reader oriented, where the story ends, and how a shared section page opens. Runs as a phone
// in WeChat (375 px) and on a desktop (1280 px); see playwright.config.ts.
import { SECTIONS, expect, nextFrames, openPage, smallTargets, test, visibleText } from './helpers';

const WECHAT_PARAMS = '?from=singlemessage&isappinstalled=0';

test.describe('the first screen', () => {
  // A phone with WeChat's toolbars and the system's status bar leaves about 560 px of page.
  test.use({ viewport: async ({ isMobile }, use) => use(isMobile ? { width: 375, height: 560 } : { width: 1280, height: 800 }) });

  test('states the finding with its scope, says where 穆棱 is and whose reporting this is, and shows all six key numbers whole', async ({
    page,
  }) => {
    await openPage(page, '/');
    const screen = page.viewportSize()!;
    const h1 = page.locator('h1');
    // The finding is a ranking, said with its scope.
    await expect(h1).toContainText('牡丹江市首位');
    await expect(page.locator('.locator')).toContainText(/^穆棱市：黑龙江省牡丹江市所辖县级市/);
    await expect(page.locator('.framing')).toContainText(/^据牡丹江日报2021年的报道整理/);
    await expect(page.locator('.framing')).toContainText('2020年的数字，和报道写下的2021年计划与目标');
    await expect(page.locator('.framing')).toContainText('本站不追踪计划后来的执行');
    await expect(page.locator('.tiles li')).toHaveCount(6);
    const outside = await page.locator('h1, .locator, .framing, .tiles li').evaluateAll(
      (els, screen) =>
        els
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.top < 0 || box.left < 0 || box.bottom > screen.height + 0.5 || box.right > screen.width + 0.5)
          .map(({ el, box }) => `“${el.textContent!.trim().slice(0, 16)}” spans ${Math.round(box.top)}–${Math.round(box.bottom)} px`),
      screen,
    );
    expect(outside, `not entirely within the first ${screen.height} px of a ${screen.width} px screen`).toEqual([]);
  });
});

test.describe('the section bar', () => {
  test('stays on screen and slim at every point of the story, its chips and controls at least 44×44 px', async ({ page }) => {
    await openPage(page, '/');
    expect.soft(await smallTargets(page, 'nav.bar a, nav.bar button'), 'small targets in the bar').toEqual([]);
    const samples = 10;
    const problems: string[] = [];
    for (let i = 0; i <= samples; i++) {
      const seen = await page.evaluate(
        ([i, samples]) => {
          const max = document.documentElement.scrollHeight - window.innerHeight;
          window.scrollTo(0, Math.round((max * i) / samples));
          const bar = document.querySelector('nav.bar')!;
          const box = bar.getBoundingClientRect();
          const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
          // What a reader sees at the middle of the bar's last control (顶部, never scrolled out of
          // the bar): the bar, not something over it.
          const chip = [...bar.querySelectorAll('a')].at(-1)!.getBoundingClientRect();
          const hit = document.elementFromPoint(chip.left + chip.width / 2, chip.top + chip.height / 2);
          return {
            y: window.scrollY,
            top: box.top,
            bottom: box.bottom,
            height: box.height,
            rem,
            onTop: !!hit && bar.contains(hit),
            vh: window.innerHeight,
          };
        },
        [i, samples] as const,
      );
      if (seen.top < -0.5 || seen.bottom > seen.vh + 0.5)
        problems.push(`at ${seen.y} px the bar is off screen (${Math.round(seen.top)}–${Math.round(seen.bottom)} px)`);
      if (!seen.onTop) problems.push(`at ${seen.y} px something covers the bar`);
      if (seen.height > 3.2 * seen.rem + 0.5) problems.push(`at ${seen.y} px the bar is ${seen.height} px tall, over 3.2 rem`);
    }
    expect(problems).toEqual([]);
  });

  test('has a chip for each section, in order, and marks the one being read', async ({ page }) => {
    await openPage(page, '/');
    const chips = page.locator('nav.bar [data-chip]');
    await expect(chips).toHaveCount(SECTIONS.length);
    for (const [i, s] of SECTIONS.entries()) {
      await expect(chips.nth(i)).toHaveAttribute('href', `#${s.id}`);
      await expect(page.locator(`section#${s.id}`)).toHaveCount(1);
    }
    for (const s of SECTIONS) {
      // A reader scrolls until the section's heading sits just under the bar, and reads on.
      const top = await page.evaluate((id) => {
        const section = document.getElementById(id)!;
        const bar = document.querySelector('nav.bar')!.getBoundingClientRect();
        window.scrollBy(0, section.getBoundingClientRect().top - bar.height);
        return section.getBoundingClientRect().top;
      }, s.id);
      await expect(page.locator('nav.bar [aria-current="true"]'), `reading section ${s.heading}`).toHaveAttribute('data-chip', s.id);
      await expect(page.locator('nav.bar [aria-current="true"]')).toHaveCount(1);
      await nextFrames(page);
      // (What the reader sees, not scrollY: a browser that anchors the scroll moves scrollY to hold
      // the page still when something above the screen changes size.)
      const now = await page.locator(`section#${s.id}`).evaluate((el) => el.getBoundingClientRect().top);
      expect(now, `the page jumped when the bar marked ${s.heading}`).toBeCloseTo(top, 0);
    }
  });

  test('a chip opens its section with the heading in view, not under the bar', async ({ page }) => {
    await openPage(page, '/');
    for (const s of SECTIONS) {
      await page.locator(`nav.bar [data-chip="${s.id}"]`).click();
      await expect(page).toHaveURL(new RegExp(`#${s.id}$`));
      await expect(page.locator(`#${s.id} :is(h1, h2)`).first()).toBeInViewport();
      const covered = await page.evaluate((id) => {
        const heading = document.querySelector(`#${id} :is(h1, h2)`)!.getBoundingClientRect();
        return heading.top < document.querySelector('nav.bar')!.getBoundingClientRect().bottom - 0.5;
      }, s.id);
      expect(covered, `the heading of ${s.heading} is hidden under the bar`).toBe(false);
      // The bar marks the section, and brings its chip into the row's view, before the reader goes
      // on: a tap while the row still moves would land on whatever chip is under the finger then.
      await expect(page.locator(`nav.bar [data-chip="${s.id}"]`)).toHaveAttribute('aria-current', 'true');
      await nextFrames(page);
    }
  });

  test('顶部 brings the reader back to the very top: the masthead, then the first screen', async ({ page }) => {
    await openPage(page, '/');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await page.locator('nav.bar').getByRole('link', { name: '顶部', exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY), 'the page is scrolled to its very top').toBe(0);
    await expect(page.locator('header.masthead')).toBeInViewport({ ratio: 1 });
    await expect(page.locator('h1')).toBeInViewport({ ratio: 1 });
    await expect(page.locator('.lede .kicker')).toBeInViewport({ ratio: 1 });
    const kickerUnderBar = await page.evaluate(
      () =>
        document.querySelector('.lede .kicker')!.getBoundingClientRect().top >=
        document.querySelector('nav.bar')!.getBoundingClientRect().bottom - 0.5,
    );
    expect(kickerUnderBar, 'the first line of the story is hidden under the bar').toBe(true);
  });

  test('draws a reading-progress line that follows the scroll', async ({ page }) => {
    await openPage(page, '/');
    const progress = async (fraction: number) => {
      await page.evaluate((fraction) => {
        window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * fraction);
      }, fraction);
      await nextFrames(page);
      return page.evaluate(() => {
        const style = getComputedStyle(document.querySelector('nav.bar')!, '::after');
        if (style.content === 'none' || style.display === 'none') return null;
        return new DOMMatrixReadOnly(style.transform === 'none' ? undefined : style.transform).a;
      });
    };
    expect(await progress(0), 'progress line at the top').toBeLessThan(0.02);
    const middle = await progress(0.5);
    expect(middle, 'progress line half way').toBeGreaterThan(0.4);
    expect(middle, 'progress line half way').toBeLessThan(0.6);
    expect(await progress(1), 'progress line at the end').toBeGreaterThan(0.98);
  });
});

test('the story ends with ways on: share it, the handout, the data, and every section', async ({ page }) => {
  await openPage(page, '/');
  const end = page.locator('nav.end');
  await expect(end.locator('a[data-share]')).toHaveCount(1);
  await expect(end.locator('a[data-handout]')).toHaveAttribute('href', '/handout.pdf');
  await expect(end.locator('a[href="/data/"]')).toHaveCount(1);
  const sectionLinks = await end.locator('a[href^="/s/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(sectionLinks).toEqual(SECTIONS.map((s) => `/s/${s.id}/`));
  for (const link of await end.locator('a').all()) await expect(link).toBeVisible();
});

test('each section page says near the top which of the sections it is, reads the same from a WeChat message, and leads to its place in the story', async ({
  page,
}) => {
  for (const [i, s] of SECTIONS.entries()) {
    const where = `/s/${s.id}/`;
    await openPage(page, where);
    const top = page.locator('main .page-kicker').first();
    await expect.soft(top, where).toContainText(`第${i + 1}节，共${SECTIONS.length}节`);
    await expect.soft(top, `${where}: near the top`).toBeInViewport({ ratio: 1 });
    await expect.soft(page.locator('h1'), where).toHaveText(s.heading);
    // No share card on the page itself: WeChat takes it from the page's tags.
    await expect.soft(page.locator('img[src*="/share/"]'), `${where}: a share card in the page`).toHaveCount(0);
    const clean = await visibleText(page);

    await openPage(page, `${where}${WECHAT_PARAMS}`);
    expect.soft(await visibleText(page), `${where} opened from a WeChat message`).toBe(clean);
    await expect.soft(page.locator('img[src*="/share/"]')).toHaveCount(0);

    // Near the top, a way to the section's place in the whole story.
    const toStory = page.locator('main p.tools').first().locator(`a[href="/#${s.id}"]`);
    await expect.soft(toStory, `${where}: a link to its place in the story near the top`).toBeInViewport({ ratio: 1 });
    await toStory.click();
    await expect.soft(page, `${where}: its link to the story`).toHaveURL(new RegExp(`/#${s.id}$`));
    await expect.soft(page.locator(`#${s.id} :is(h1, h2)`).first(), `${where}: the story opens at the section`).toBeInViewport();
  }
});
