/** Moving around in the app: no full reloads, titles, focus, Back / Forward and scroll position. */
import { expect, test, type Page } from '@playwright/test';
import {
  isSameDocument,
  listTitles,
  markDocument,
  post,
  published,
  site,
  waitForApp,
  waitForHydrated,
  currentPage,
} from './support.ts';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

test.describe('in-app navigation', () => {
  test('clicking a post title shows the post without reloading; Back returns home', async ({ page }) => {
    const newest = published[0]!;
    await page.goto('/');
    await waitForApp(page);
    await markDocument(page);

    await currentPage(page).getByRole('link', { name: newest.title, exact: true }).click();
    await expect(page).toHaveURL(`/posts/${newest.slug}`);
    await expect(h1(page)).toHaveText(newest.title);
    await expect(page).toHaveTitle(`${newest.title} · ${site.title}`);
    await expect(h1(page)).toBeFocused();
    expect(await isSameDocument(page)).toBe(true);

    await page.goBack();
    await expect(page).toHaveURL('/');
    await expect(h1(page)).toHaveText(site.title);
    await expect(page).toHaveTitle(site.title);
    await expect(listTitles(page).first()).toHaveText(newest.title);
    await expect(h1(page)).toBeFocused();
    expect(await isSameDocument(page)).toBe(true);

    await page.goForward();
    await expect(page).toHaveURL(`/posts/${newest.slug}`);
    await expect(h1(page)).toHaveText(newest.title);
    expect(await isSameDocument(page)).toBe(true);
  });

  test('the description meta tag follows the page', async ({ page }) => {
    const p = post('how-to-make-good-decisions');
    await page.goto('/');
    await waitForApp(page);
    await currentPage(page).getByRole('link', { name: p.title, exact: true }).click();
    await expect(h1(page)).toHaveText(p.title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      /^The most useful idea I took from Annie Duke's Thinking in Bets/,
    );
  });

  test('header links move between sections in the app and mark the current one', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    await markDocument(page);
    const header = page.getByRole('navigation', { name: 'Main' });
    for (const [label, url, heading, title] of [
      ['Archive', '/archive', 'Archive', `Archive · ${site.title}`],
      ['Series', '/series', 'Series', `Series · ${site.title}`],
      ['Tags', '/tags', 'Tags', `Tags · ${site.title}`],
    ] as const) {
      await header.getByRole('link', { name: label }).click();
      await expect(page).toHaveURL(url);
      await expect(h1(page)).toHaveText(heading);
      await expect(page).toHaveTitle(title);
      await expect(h1(page)).toBeFocused();
      await expect(header.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
    }
    await page.getByRole('link', { name: site.title, exact: true }).first().click();
    await expect(page).toHaveURL('/');
    await expect(h1(page)).toHaveText(site.title);
    await expect(header.locator('[aria-current="page"]')).toHaveCount(0);
    expect(await isSameDocument(page)).toBe(true);
  });

  test('Back restores the scroll position of the list; a new page starts at the top', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    const target = published[7]!;
    const link = currentPage(page).getByRole('link', { name: target.title, exact: true });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => scrollY(page)).toBeGreaterThan(300);
    await link.scrollIntoViewIfNeeded();
    // Let the position settle, as a reader who stopped scrolling would.
    await page.waitForTimeout(200);
    const before = await scrollY(page);
    expect(before).toBeGreaterThan(300);

    await link.click();
    await expect(h1(page)).toHaveText(target.title);
    await expect.poll(() => scrollY(page)).toBe(0);

    await page.goBack();
    await expect(page).toHaveURL('/');
    await expect(listTitles(page).first()).toBeVisible();
    await expect.poll(async () => Math.abs((await scrollY(page)) - before)).toBeLessThanOrEqual(10);
    await expect(link).toBeInViewport();
  });

  test('a post rendered ahead of time: shown on the click, at the top, focused and titled; Back restores the list where it was', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForApp(page);
    await markDocument(page);
    const target = published[7]!;
    const link = currentPage(page).getByRole('link', { name: target.title, exact: true });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await link.scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    const before = await scrollY(page);
    expect(before).toBeGreaterThan(300);
    // Pointing at the link renders its page ahead of time, out of sight and out of reach.
    await link.hover();
    const ahead = page.locator('main .page[data-page="ahead"]').filter({ has: page.locator('h1', { hasText: target.title }) });
    await expect(ahead).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1, name: target.title })).toHaveCount(0);

    await link.click();
    await expect(page).toHaveURL(`/posts/${target.slug}`);
    await expect(h1(page)).toHaveText(target.title);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    expect(await scrollY(page)).toBe(0);
    await expect(page).toHaveTitle(`${target.title} · ${site.title}`);
    await expect(h1(page)).toBeFocused();
    // The post is whole once it is on screen (a long one is revealed a screenful first).
    await expect(currentPage(page).locator('.post-nav')).toBeAttached();
    expect(await isSameDocument(page)).toBe(true);

    await page.goBack();
    await expect(page).toHaveURL('/');
    await expect(h1(page)).toHaveText(site.title);
    await expect.poll(async () => Math.abs((await scrollY(page)) - before)).toBeLessThanOrEqual(10);
    await expect(link).toBeInViewport();
    await page.goForward();
    await expect(h1(page)).toHaveText(target.title);
    expect(await isSameDocument(page)).toBe(true);
  });

  test('on a fast connection, the first posts in view are fetched and rendered ahead after load, with no pointer on them', async ({
    page,
  }) => {
    // Headless Chromium, with no traffic to measure, takes its link for a slow one.
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ effectiveType: '4g', rtt: 50, downlink: 10 }) }),
    );
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/');
    await waitForApp(page);
    const newest = published[0]!;
    // The list's posts get the page's few prefetches, not the header's links before them.
    await expect.poll(() => requested).toContain(`/posts/${newest.slug}.md`);
    const ahead = page.locator('main .page[data-page="ahead"]').filter({ has: page.locator('h1', { hasText: newest.title }) });
    await expect(ahead).toHaveCount(1);
    expect(requested.filter((path) => path.endsWith('/archive.json'))).toEqual([]);
  });

  test('Back after following series links walks back through the posts', async ({ page }) => {
    const day3 = post('paper-every-day-day-three-container-design-patterns');
    await page.goto(`/posts/${day3.slug}`);
    await waitForApp(page);
    await markDocument(page);
    const next = () => page.getByRole('navigation', { name: 'In this series' }).getByRole('link', { name: /^Next:/ });
    await next().click();
    await expect(h1(page)).toContainText('Day Four');
    await next().click();
    await expect(h1(page)).toContainText('Day Five');
    await page.goBack();
    await expect(h1(page)).toContainText('Day Four');
    await page.goBack();
    await expect(h1(page)).toHaveText(day3.title);
    await expect(page).toHaveTitle(`${day3.title} · ${site.title}`);
    expect(await isSameDocument(page)).toBe(true);
  });

  test('a post reached by a tag chip from the home page and Back keeps the home list', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    await markDocument(page);
    await currentPage(page).locator('.post-list').getByRole('link', { name: '#productivity' }).click();
    await expect(page).toHaveURL('/tags/productivity');
    await expect(h1(page)).toHaveText('Posts tagged “productivity”');
    await page.goBack();
    await expect(page).toHaveURL('/');
    await expect(listTitles(page)).toHaveCount(site.postsPerPage);
    expect(await isSameDocument(page)).toBe(true);
  });

  test('reloading a page reached in the app shows the same page', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Series' }).click();
    await currentPage(page).getByRole('link', { name: 'One small thing per day' }).click();
    await expect(page).toHaveURL('/series/one-small-thing-per-day');
    await page.reload();
    await expect(h1(page)).toHaveText('One small thing per day');
    await expect(page).toHaveURL(/\/series\/one-small-thing-per-day\/?$/);
  });
});

test.describe('on a phone, with Save-Data (links in view are not prefetched)', () => {
  test.use({ viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true });

  test('a finger on a post link starts loading that post before it lifts; the tap shows it in the app, and Back returns', async ({
    page,
  }) => {
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true, effectiveType: '4g' }) }),
    );
    const from = published[3]!;
    const older = published[4]!;
    await page.goto(`/posts/${from.slug}`);
    await waitForApp(page);
    const link = currentPage(page)
      .getByRole('navigation', { name: 'More posts' })
      .getByRole('link', { name: /^← Older post/ });
    await link.scrollIntoViewIfNeeded();
    await waitForHydrated(link);
    await markDocument(page);
    const text = `/posts/${older.slug}.md`;
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    // Nothing of the older post was fetched for the link coming into view.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(requested).not.toContain(text);

    const box = (await link.boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    // The post's text is held back until the finger has lifted.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked!: () => void;
    const textAsked = new Promise<void>((resolve) => (asked = resolve));
    await page.route(`**${text}`, async (route) => {
      asked();
      await held;
      await route.continue();
    });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await textAsked;
    // The finger is still down: the reader has not left the page.
    await expect(page).toHaveURL(`/posts/${from.slug}`);
    await expect(h1(page)).toHaveText(from.title);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    // Tapped, its text not here yet: the page it is on stays, rather than an empty page.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    await expect(h1(page)).toHaveText(from.title);
    release();
    await expect(page).toHaveURL(`/posts/${older.slug}`);
    await expect(h1(page)).toHaveText(older.title);
    await expect(currentPage(page).locator('.prose')).not.toBeEmpty();
    expect(await isSameDocument(page)).toBe(true);
    await page.goBack();
    await expect(page).toHaveURL(`/posts/${from.slug}`);
    await expect(h1(page)).toHaveText(from.title);
  });
});
