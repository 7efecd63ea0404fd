/**
 * Reader features (issue 12): related posts, series progress, finding your place,
 * keyboard shortcuts, share, print.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { siteUrl } from './sites.ts';
import {
  allPosts,
  currentPage,
  listTitles,
  post,
  published,
  seriesParts,
  slugOf,
  waitForApp,
  waitForHydrated,
} from './support.ts';

const paper = seriesParts('Paper every day');
const [part1, part2, part3] = paper as [(typeof paper)[0], (typeof paper)[0], (typeof paper)[0]];

/** Scrolls the current post to its end, as a reader does, until the end of its text is in view. */
async function readToEnd(page: Page) {
  await waitForHydrated(currentPage(page).locator('.prose'));
  await currentPage(page).locator('.post-source').scrollIntoViewIfNeeded();
  // The end of the text has been seen once the browser keeps the part as finished.
  const slug = new URL(page.url()).pathname.split('/').filter(Boolean).pop()!;
  await expect
    .poll(() => page.evaluate((s) => localStorage.getItem('quire-series-progress')?.includes(`"${s}":"finished"`), slug))
    .toBe(true);
}

test.describe('related posts', () => {
  for (const slug of ['paper-every-day-day-two-kubernetes', 'understanding-container-networking', 'being-oncall']) {
    test(`${slug} lists only posts sharing a tag or its series`, async ({ page }) => {
      const me = post(slug);
      await page.goto(`/posts/${slug}`);
      const section = currentPage(page).getByRole('region', { name: 'Related posts' });
      await expect(section.getByRole('heading', { level: 2, name: 'Related posts' })).toBeVisible();
      const links = section.getByRole('link');
      const count = await links.count();
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(5);
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        const other = post(href.replace('/posts/', ''));
        expect(other.slug).not.toBe(slug);
        expect(other.draft).toBe(false);
        const shares = other.tags.some((t) => me.tags.includes(t)) || (me.series !== undefined && other.series === me.series);
        expect(shares, `${other.slug} shares a tag or the series with ${slug}`).toBe(true);
      }
    });
  }

  test('its links lead to the post under a sub-path', async ({ page }) => {
    await page.goto(`${siteUrl('subpath')}posts/${part2.slug}`);
    await waitForApp(page);
    const first = currentPage(page).getByRole('region', { name: 'Related posts' }).getByRole('link').first();
    await expect(first).toHaveAttribute('href', /^\/blog\/posts\//);
    const title = await first.textContent();
    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
    expect(allPosts.some((p) => p.title === title)).toBe(true);
  });
});

test.describe('series progress', () => {
  test('after finishing part 2, the series page offers "Continue" to part 3, marks part 2, and resets', async ({ page }) => {
    await page.goto(`/posts/${part2.slug}`);
    await waitForApp(page);
    await readToEnd(page);
    await page.goto(`/series/${slugOf('Paper every day')}`);
    const cont = currentPage(page).getByRole('link', { name: /^Continue/ });
    await expect(cont).toHaveText(`Continue with part 3: ${part3.title}`);
    await expect(currentPage(page).locator('.post-card', { hasText: part2.title })).toContainText('Finished');
    await expect(currentPage(page).locator('.post-card', { hasText: part1.title })).not.toContainText('Finished');
    // The home page offers the same part.
    await page.goto('/');
    await expect(currentPage(page).getByRole('link', { name: /^Continue/ })).toHaveText(
      `Continue Paper every day: ${part3.title}`,
    );
    await currentPage(page)
      .getByRole('link', { name: /^Continue/ })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(part3.title);
    // Back on the series page, reset forgets it all.
    await page.goto(`/series/${slugOf('Paper every day')}`);
    await currentPage(page).getByRole('button', { name: 'Reset progress' }).click();
    await expect(currentPage(page).getByRole('link', { name: /^Continue/ })).toHaveCount(0);
    await expect(currentPage(page).getByRole('link', { name: /^Start with/ })).toHaveText(`Start with part 1: ${part1.title}`);
    await expect(currentPage(page).getByText('Finished')).toHaveCount(0);
    await page.goto('/');
    await waitForApp(page);
    await expect(currentPage(page).getByRole('link', { name: /^Continue/ })).toHaveCount(0);
  });

  test('a part opened but not read to the end is the one to continue', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 400 });
    await page.goto(`/posts/${part3.slug}`);
    await waitForHydrated(currentPage(page).locator('.prose'));
    await page.goto(`/series/${slugOf('Paper every day')}`);
    await expect(currentPage(page).getByRole('link', { name: /^Continue/ })).toHaveText(`Continue with part 3: ${part3.title}`);
    await expect(currentPage(page).getByText('Finished')).toHaveCount(0);
  });

  test('is kept only in this browser: nothing about it is in the prerendered HTML', async ({ request }) => {
    const html = await (await request.get(`/series/${slugOf('Paper every day')}`)).text();
    expect(html).not.toContain('Continue');
    expect(html).toContain('Start with part 1');
  });

  for (const width of [375, 1280]) {
    test(`at ${width} px the lists do not move when the progress arrives after hydration`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`/posts/${part3.slug}`);
      await waitForHydrated(currentPage(page).locator('.prose'));
      const firstCard = async (path: string, hydrate: boolean) => {
        // Without the app's modules, the page is what the reader sees before hydration.
        if (!hydrate) await page.route('**/assets/**/*.js', (route) => route.abort());
        await page.goto(path);
        if (hydrate) {
          await waitForApp(page);
          await expect(currentPage(page).getByRole('link', { name: /^Continue/ })).toBeVisible();
        }
        const box = await page.locator('.post-card').first().boundingBox();
        await page.unrouteAll();
        return box?.y;
      };
      for (const path of ['/', `/series/${slugOf('Paper every day')}`]) {
        const before = await firstCard(path, false);
        expect(before, path).toBeGreaterThan(0);
        expect(await firstCard(path, true), path).toBe(before);
      }
    });
  }
});

test.describe('finding your place', () => {
  const long = '/posts/year-in-review-2023';

  test('on a wide screen the table of contents stays beside the text and marks the section being read', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(long);
    await waitForHydrated(currentPage(page).locator('.prose'));
    const toc = currentPage(page).locator('.toc');
    const nav = page.getByRole('navigation', { name: 'Table of contents' });
    await expect(nav).toBeVisible();
    const prose = (await currentPage(page).locator('.prose').boundingBox())!;
    const box = (await toc.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(prose.x + prose.width);
    // Inside the window with a margin, from the narrowest width that puts it beside the text.
    for (const width of [1248, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const right = await toc.evaluate((el) => el.getBoundingClientRect().right);
      expect(right, `right edge at ${width} px`).toBeLessThanOrEqual(width - 12);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `page width at ${width} px`).toBe(width);
    }
    await page.getByRole('heading', { level: 2, name: 'Social media' }).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -100));
    await page
      .getByRole('heading', { level: 2, name: 'Social media' })
      .evaluate((h) => window.scrollTo(0, window.scrollY + h.getBoundingClientRect().top - 20));
    await expect(nav).toBeInViewport();
    await expect(nav.getByRole('link', { name: 'Social media', exact: true })).toHaveAttribute('aria-current', 'location');
    await expect(nav.locator('[aria-current]')).toHaveCount(1);
  });

  test('reached by a link, the table of contents marks a section far down the post (its headings render after the first screenful)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/posts/lets-go');
    await waitForHydrated(currentPage(page).locator('.post-nav a').first());
    await currentPage(page)
      .locator('.post-nav')
      .getByRole('link', { name: /2023: A Year in Review/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`${long}$`));
    const heading = currentPage(page).getByRole('heading', { level: 2, name: 'Looking ahead' });
    await heading.evaluate((h) => window.scrollTo(0, window.scrollY + h.getBoundingClientRect().top - 20));
    const nav = currentPage(page).getByRole('navigation', { name: 'Table of contents' });
    await expect(nav.getByRole('link', { name: 'Looking ahead', exact: true })).toHaveAttribute('aria-current', 'location');
    await expect(nav.locator('[aria-current]')).toHaveCount(1);
  });

  test('on a phone the table of contents is collapsed until opened', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(long);
    await waitForHydrated(currentPage(page).locator('.prose'));
    const links = page.getByRole('navigation', { name: 'Table of contents' }).getByRole('link');
    await expect(links.first()).toBeHidden();
    await currentPage(page).locator('.toc summary').click();
    await expect(links.first()).toBeVisible();
  });

  test('a reading-progress bar follows the scroll and "Back to top" appears after some scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(long);
    await waitForHydrated(currentPage(page).locator('.prose'));
    // Out of the accessibility tree while hidden.
    const back = currentPage(page).getByRole('button', { name: 'Back to top', includeHidden: true });
    await expect(back).toHaveCount(1);
    await expect(back).toBeHidden();
    const scale = () => page.locator('.reading-progress').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    expect(await scale()).toBeLessThan(0.05);
    await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
    await expect.poll(scale).toBeGreaterThan(0.4);
    expect(await scale()).toBeLessThan(0.6);
    await expect(currentPage(page).getByRole('button', { name: 'Back to top' })).toBeVisible();
    await back.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  for (const slug of [long.replace('/posts/', ''), part1.slug]) {
    test(`on a phone, scrolled to the end of ${slug}, "Back to top" covers no text of the article or the footer`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await page.goto(`/posts/${slug}`);
      await waitForHydrated(currentPage(page).locator('.prose'));
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const back = currentPage(page).getByRole('button', { name: 'Back to top' });
      await expect(back).toBeVisible();
      await expect(back).toBeInViewport();
      const overlaps = await back.evaluate((button) => {
        const b = button.getBoundingClientRect();
        const meets = (r: DOMRect) =>
          r.width > 0 && r.height > 0 && r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom;
        // Every element of the article and of the footer below it holding text of its own, the button's own label aside.
        const texts = [...document.querySelectorAll('.page[data-page="current"] article *, .site-footer *')].filter(
          (el) => !button.contains(el) && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
        );
        return texts
          .filter((el) => meets(el.getBoundingClientRect()))
          .map((el) => `${el.localName}: ${el.textContent.trim().slice(0, 40)}`);
      });
      expect(overlaps).toEqual([]);
    });
  }
});

test.describe('keyboard shortcuts', () => {
  /** The shortcuts load after hydration: "?" works once its dialog is in the page. */
  // The shortcuts' code is loaded by the first key pressed: a hydrated page is ready for it.
  const ready = waitForApp;

  test('"?" opens a labelled dialog listing every shortcut; Escape closes it and returns focus', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    const firstPost = listTitles(page).first().getByRole('link');
    await firstPost.focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    for (const what of ['Search', 'Show these shortcuts', 'Go to the home page', 'Switch between light and dark theme']) {
      await expect(dialog.getByRole('row').filter({ hasText: what })).toHaveCount(1);
    }
    await expect(dialog.getByRole('row').filter({ hasText: 'Search' })).toContainText('/');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(firstPost).toBeFocused();
  });

  test('j and k move through the posts of a list', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    const links = listTitles(page).getByRole('link');
    await page.keyboard.press('j');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(links.nth(2)).toBeFocused();
    await page.keyboard.press('k');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(published[1]!.title);
  });

  test('on a post, j goes to the next part of its series and k back; outside a series, to the older post', async ({ page }) => {
    await page.goto(`/posts/${part2.slug}`);
    await ready(page);
    await page.keyboard.press('j');
    await expect(page).toHaveURL(new RegExp(`/posts/${part3.slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(part3.title);
    await page.keyboard.press('k');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(part2.title);
    const lone = published.findIndex((p) => !p.series && published.indexOf(p) < published.length - 1);
    await page.goto(`/posts/${published[lone]!.slug}`);
    await ready(page);
    // At once: the lower part of the post, where its older/newer links are, may not have
    // hydrated yet. The keys move within the app all the same (a page load would lose a key
    // pressed while the next page starts).
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await page.keyboard.press('j');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(published[lone + 1]!.title);
    await page.keyboard.press('k');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(published[lone]!.title);
    await expect(page).toHaveURL(new RegExp(`/posts/${published[lone]!.slug}$`));
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });

  test('g then h goes home, t switches the theme; neither fires while typing or with a modifier', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/archive');
    await ready(page);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('t');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => localStorage.getItem('quire-theme'))).toBe('dark');
    await page.keyboard.press('Control+t').catch(() => undefined);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    // Typing in a field: the home page's filter select takes the keys, nothing fires.
    await page.goto('/');
    await ready(page);
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'search';
      input.setAttribute('aria-label', 'Test field');
      document.querySelector('main')!.prepend(input);
    });
    await page.getByRole('searchbox', { name: 'Test field' }).fill('');
    await page.keyboard.type('tgh?j');
    await expect(page.getByRole('searchbox', { name: 'Test field' })).toHaveValue('tgh?j');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.goto('/archive');
    await ready(page);
    await page.keyboard.press('g');
    await page.keyboard.press('h');
    await expect(page).toHaveURL(/\/$/);
    await expect(currentPage(page).getByRole('heading', { level: 1 })).toHaveText('Jose Villalta');
  });

  test('g h goes home under a sub-path', async ({ page }) => {
    await page.goto(`${siteUrl('subpath')}archive`);
    await ready(page);
    await page.keyboard.press('g');
    await page.keyboard.press('h');
    // `/blog` or `/blog/`, as the site title's link: either is the home page.
    await expect(page).toHaveURL(/\/blog\/?$/);
    await expect(currentPage(page).getByRole('heading', { level: 1 })).toHaveText('Jose Villalta');
  });
});

test.describe('share', () => {
  test('"Copy link" copies the canonical URL and says so', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: siteUrl('blog') });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto(`posts/${part2.slug}`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/^https?:\/\/.*\/posts\/paper-every-day-day-two-kubernetes$/);
    await currentPage(page).getByRole('button', { name: 'Copy link' }).click();
    await expect(currentPage(page).getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    await context.close();
  });

  test('"Share" uses the Web Share API where the browser has it', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
          return Promise.resolve();
        },
      });
    });
    await page.goto(`/posts/${part2.slug}`);
    await currentPage(page).getByRole('button', { name: 'Share', exact: true }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
    expect(shared).toEqual({ title: part2.title, url: await page.locator('link[rel="canonical"]').getAttribute('href') });
    await expect(currentPage(page).getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  });

  test('without JavaScript, plain links to Mastodon, Bluesky, LinkedIn, Hacker News and e-mail carry the canonical URL', async ({
    browser,
  }) => {
    const context = await browser.newContext({ baseURL: siteUrl('blog'), javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`posts/${part2.slug}`);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    const share = page.getByRole('region', { name: 'Share this post' });
    for (const [name, host] of [
      ['Mastodon', 'https://mastodon.social/share?'],
      ['Bluesky', 'https://bsky.app/intent/compose?'],
      ['LinkedIn', 'https://www.linkedin.com/sharing/share-offsite/?'],
      ['Hacker News', 'https://news.ycombinator.com/submitlink?'],
      ['E-mail', 'mailto:?'],
    ] as const) {
      const href = (await share.getByRole('link', { name }).getAttribute('href'))!;
      expect(href.startsWith(host)).toBe(true);
      expect(href).toContain(encodeURIComponent(canonical));
      expect(href).not.toMatch(/utm_/);
    }
    await context.close();
  });
});

test.describe('print', () => {
  test('a printed post is the article alone, with link URLs written out', async ({ page }) => {
    await page.goto(`/posts/${part2.slug}`);
    await waitForApp(page);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-footer', '.toc', '.share', '.related', '.post-nav', '.series-nav']) {
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    }
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(currentPage(page).locator('.prose')).toBeVisible();
    const link = currentPage(page).locator('.prose a[href^="http"]').first();
    const href = await link.getAttribute('href');
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.site-header')).toBeVisible();
  });
});

test.describe('axe', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the new parts of a post and a series page have no violations (${scheme})`, async ({ browser }) => {
      test.setTimeout(60_000);
      const context = await browser.newContext({ colorScheme: scheme, baseURL: siteUrl('blog') });
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const page = await context.newPage();
      await page.goto(`posts/${part2.slug}`);
      await waitForApp(page);
      await readToEnd(page);
      await currentPage(page).getByRole('button', { name: 'Copy link' }).click();
      await expect(currentPage(page).getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
      const post = await new AxeBuilder({ page }).include('.related').include('.share').include('.series-box').analyze();
      expect(post.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.goto(`series/${slugOf('Paper every day')}`);
      await expect(currentPage(page).getByRole('link', { name: /^Continue/ })).toBeVisible();
      const series = await new AxeBuilder({ page }).analyze();
      expect(series.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }
});
