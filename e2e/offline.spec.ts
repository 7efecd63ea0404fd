/**
 * Offline reading (issue 12, item 6): the service worker keeps the posts a reader opens
 * or saves, shows its own offline page otherwise, and replaces its cache with each deploy.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { siteUrl } from './sites.ts';
import { currentPage, post, published, seriesParts, waitForApp, waitForHydrated, watchConsole } from './support.ts';

const paper = seriesParts('Paper every day');
const [opened, neverOpened] = published.filter((p) => !p.series) as [(typeof published)[0], (typeof published)[0]];

/** A context where the site's service worker runs (the config blocks it elsewhere). */
const offlineContext = (browser: Browser, site = 'blog'): Promise<BrowserContext> =>
  browser.newContext({ serviceWorkers: 'allow', baseURL: siteUrl(site) });

/**
 * The worker controls the page and keeps `slug`'s page and the code the page loads (a post
 * the reader opened keeps its data and Markdown only if the app loaded them: its
 * prerendered page reads offline without them).
 */
async function waitUntilKept(page: Page, slug: string) {
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 15_000 }).toBe(true);
  await expect
    .poll(
      () =>
        page.evaluate(async (s) => {
          const cache = await caches.open((await caches.keys())[0]!);
          const keys = (await cache.keys()).map((r) => new URL(r.url).pathname);
          // The code the page's HTML loads (its module script and preloads), not links the app adds later.
          const html = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
          const code = [
            ...html.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[rel=modulepreload]'),
          ].map((e) => new URL(e.getAttribute(e instanceof HTMLScriptElement ? 'src' : 'href')!, location.href).pathname);
          return [keys.some((k) => k.endsWith(`/posts/${s}`)), code.length > 0 && code.every((c) => keys.includes(c))];
        }, slug),
      { timeout: 15_000 },
    )
    .toEqual([true, true]);
}

/** A reader who opened one post online, in a context where the worker runs, once the worker keeps it. */
async function readerWhoOpened(browser: Browser, site = 'blog') {
  const context = await offlineContext(browser, site);
  const page = await context.newPage();
  await page.goto(`posts/${opened.slug}`);
  await waitUntilKept(page, opened.slug);
  return { context, page };
}

/** The post's title and its text, as a reader sees them. */
async function expectPost(page: Page, slug: string, text?: string) {
  await expect(currentPage(page).getByRole('heading', { level: 1, name: post(slug).title })).toBeVisible();
  const prose = currentPage(page).locator('.prose');
  if (text) await expect(prose).toHaveText(text);
  else await expect(prose).toContainText(/\w{4,}/);
}

test.describe('offline reading', () => {
  // Keeping a series keeps every file of assets/: slower than a page. In order, in one
  // worker: "a new deploy" rewrites dist/sw.js for a while, and a test beside it would
  // register that script (CI, 2026-12-06: "turned off" found the other deploy's cache).
  test.describe.configure({ mode: 'default', timeout: 60_000 });

  test('a post opened once reloads offline and shows its text', async ({ browser }) => {
    const context = await offlineContext(browser);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(`posts/${opened.slug}`);
    await waitForApp(page);
    await waitUntilKept(page, opened.slug);
    // The worker was registered under the page's Content-Security-Policy, with nothing to report.
    expect(problems).toEqual([]);
    const text = (await currentPage(page).locator('.prose').textContent())!;
    expect(text.length).toBeGreaterThan(200);
    await context.setOffline(true);
    await page.reload();
    await expectPost(page, opened.slug, text);
    // The app runs offline too: its code comes from the cache, and the prerendered post needs no data.
    await waitForApp(page);
    await expect(page.getByText('Could not reach the server')).toHaveCount(0);
    await context.close();
  });

  test('offline, a link the app cannot load opens the page whole: the offline page, not an error', async ({ browser }) => {
    const context = await offlineContext(browser);
    // As on a slow connection: links in view are not prefetched, so nothing of the next
    // page is here before the reader follows the link.
    await context.addInitScript(() =>
      Object.defineProperty(navigator, 'connection', { value: { saveData: true, effectiveType: '4g' } }),
    );
    const page = await context.newPage();
    await page.goto(`posts/${opened.slug}`);
    await waitUntilKept(page, opened.slug);
    const older = currentPage(page).locator('.post-nav-older');
    await waitForHydrated(older);
    await context.setOffline(true);
    await older.click();
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
    await expect(page.locator('.offline-posts').getByRole('link')).toHaveText([opened.title]);
    await expect(page.getByText('Could not reach the server')).toHaveCount(0);
    await context.close();
  });

  test("online, a post's data and Markdown do not pass the service worker: a click waits for the network only", async ({
    browser,
  }) => {
    const { context, page } = await readerWhoOpened(browser);
    // The app's requests for content (not the service worker's own, which keep the post it opened).
    const content: { path: string; fromWorker: boolean }[] = [];
    context.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (/^\/(data\/.*\.json|posts\/.*\.md)$/.test(path) && !response.request().serviceWorker())
        content.push({ path, fromWorker: response.fromServiceWorker() });
    });
    const older = currentPage(page).locator('.post-nav-older');
    await waitForHydrated(older);
    const slug = (await older.getAttribute('href'))!.split('/').pop()!;
    await older.click();
    await expectPost(page, slug);
    expect(content).toEqual(
      expect.arrayContaining([
        { path: expect.stringMatching(new RegExp(`/posts/${slug}\\.json$`)), fromWorker: false },
        { path: `/posts/${slug}.md`, fromWorker: false },
      ]),
    );
    expect(content.filter((c) => c.fromWorker)).toEqual([]);
    await context.close();
  });

  test('a page never opened shows the offline page, listing the posts kept', async ({ browser }) => {
    const { context, page } = await readerWhoOpened(browser);
    await context.setOffline(true);
    await page.goto(`posts/${neverOpened.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
    const list = page.locator('.offline-posts');
    await expect(list.getByRole('link')).toHaveText([opened.title]);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await list.getByRole('link', { name: opened.title }).click();
    await expectPost(page, opened.slug);
    await context.close();
  });

  test('"Save this series for offline" keeps every part', async ({ browser }) => {
    const context = await offlineContext(browser);
    const page = await context.newPage();
    await page.goto('series/paper-every-day');
    await waitForApp(page);
    const save = currentPage(page).getByRole('button', { name: 'Save this series for offline' });
    await expect(save).toBeVisible({ timeout: 15_000 });
    await save.click();
    await expect(currentPage(page).getByRole('status')).toHaveText(
      `Saved all ${paper.length} parts: they open without a connection.`,
      {
        timeout: 15_000,
      },
    );
    expect((await new AxeBuilder({ page }).include('.save-offline').analyze()).violations).toEqual([]);
    await context.setOffline(true);
    for (const part of paper) {
      await page.goto(`posts/${part.slug}`);
      await expectPost(page, part.slug);
    }
    // And in the app, without loading a page: its data and Markdown are kept too, and the
    // app reads them from the cache (the worker leaves them to the network).
    const first = currentPage(page).getByRole('link', { name: paper[0]!.title }).first();
    await waitForHydrated(first);
    await page.evaluate(() => Object.assign(window, { stayedInApp: true }));
    await first.click();
    await expectPost(page, paper[0]!.slug);
    expect(await page.evaluate(() => 'stayedInApp' in window)).toBe(true);
    await context.close();
  });

  test('works under a sub-path', async ({ browser }) => {
    const { context, page } = await readerWhoOpened(browser, 'subpath');
    const names = await page.evaluate(() => caches.keys());
    expect(names).toEqual([expect.stringMatching(/^quire-offline:\/blog\/:/)]);
    await context.setOffline(true);
    await page.goto(`posts/${opened.slug}`);
    await expectPost(page, opened.slug);
    await page.goto(`posts/${neverOpened.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
    await expect(page.locator('.offline-posts').getByRole('link')).toHaveAttribute('href', `/blog/posts/${opened.slug}`);
    await context.close();
  });

  test('a new deploy replaces the cache, and keeps the posts the reader kept', async ({ browser }) => {
    const workerFile = 'dist/sw.js';
    const worker = readFileSync(workerFile, 'utf8');
    const buildId = /"buildId":"(\w+)"/.exec(worker)![1]!;
    const { context, page } = await readerWhoOpened(browser);
    expect(await page.evaluate(() => caches.keys())).toEqual([`quire-offline:/:${buildId}`]);
    // The next deploy, as the host serves it: the same files under another build id (a
    // test's route() never sees the browser fetch a worker's script).
    try {
      writeFileSync(workerFile, worker.replace(buildId, 'nextdeploy'));
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 }).toEqual(['quire-offline:/:nextdeploy']);
    } finally {
      writeFileSync(workerFile, worker);
    }
    await context.setOffline(true);
    await page.reload();
    await expectPost(page, opened.slug);
    await context.close();
  });

  test('turned off (offline: false), a worker registered before is removed', async ({ browser }) => {
    const { context, page } = await readerWhoOpened(browser);
    // The next deploy turns it off: its pages say so, and it has no worker.
    await context.route('**/sw.js', (route) => route.fulfill({ status: 404, body: '' }));
    await context.route(/\/posts\/[a-z0-9-]+$/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('"site":{', '"site":{"offline":false,');
      await route.fulfill({ response, body: html });
    });
    await page.goto(`posts/${neverOpened.slug}`);
    await waitForApp(page);
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([]);
    await context.close();
  });
});
