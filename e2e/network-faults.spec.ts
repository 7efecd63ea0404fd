/**
 * Networks fail; the app doesn't. Against the built blog (dist/ on the main port), the
 * fetches of a post's data, its Markdown, a list's data and the site index are broken
 * with page.route: 500, offline, no answer, truncated JSON, an HTML page where JSON was
 * expected, a Markdown file removed after the data said it exists. Each time the reader
 * sees why the page could not be loaded and a way to try again; the rest of the app keeps
 * working; retries back off and stop. After a deploy that removed this tab's code, the
 * tab reloads once, not in a loop, and never ends blank.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { fetchPage, published, waitForApp, currentPage } from './support.ts';

test.describe.configure({ timeout: 90_000 });

const target = published[0]!;
const postJson = `**/data/*/posts/${target.slug}.json`;
const postMarkdown = `**/posts/${target.slug}.md`;

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const alert = (page: Page) => page.getByRole('alert').filter({ hasText: 'This page could not be loaded' });
const tryAgain = (page: Page) => alert(page).getByRole('button', { name: 'Try again' });
const header = (page: Page) => page.getByRole('navigation', { name: 'Main' });

type Fault = (route: Route) => Promise<void> | void;
const faults = {
  serverError: (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }),
  offline: (route) => route.abort('internetdisconnected'),
  truncatedJson: async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    await route.fulfill({ response, body: body.slice(0, Math.floor(body.length / 2)) });
  },
  htmlInsteadOfJson: (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><title>Home</title><p>Welcome</p>',
    }),
  removed: (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
  // Holds the request: the server never answers.
  noAnswer: () => undefined,
} satisfies Record<string, Fault>;

/** Breaks every request matching `pattern` with `fault`, counting them; `heal()` lets them through again. */
async function breakRequests(page: Page, pattern: string, fault: Fault) {
  const times: number[] = [];
  const handler = (route: Route) => {
    times.push(Date.now());
    return fault(route);
  };
  await page.route(pattern, handler);
  return {
    count: () => times.length,
    times,
    heal: () => page.unroute(pattern, handler),
  };
}

/** The number of requests stays the same for a few seconds: nothing loops or keeps retrying. */
async function expectSettled(count: () => number, ms = 5_000) {
  const before = count();
  await new Promise((resolve) => setTimeout(resolve, ms));
  expect(count(), 'requests after the message was shown').toBe(before);
}

/** Home page, app running; then a click on the target post's title. */
async function clickTargetFromHome(page: Page) {
  await page.goto('/');
  await waitForApp(page);
  await currentPage(page).getByRole('link', { name: target.title, exact: true }).click();
}

/** While the error shows: the header still moves around; Back brings the error again (still broken). */
async function expectHeaderStillWorks(page: Page) {
  await header(page).getByRole('link', { name: 'Tags' }).click();
  await expect(page).toHaveURL('/tags');
  await expect(h1(page)).toHaveText('Tags');
  await header(page).getByRole('link', { name: 'Archive' }).click();
  await expect(h1(page)).toHaveText('Archive');
}

/**
 * Full page loads of the tab (documents), by path without a trailing slash. The static host
 * answers /posts/x with a redirect to /posts/x/; the redirected request is the same load.
 */
function watchPageLoads(page: Page): string[] {
  const loads: string[] = [];
  page.on('request', (r) => {
    if (!r.isNavigationRequest() || r.frame() !== page.mainFrame() || r.redirectedFrom()) return;
    loads.push(new URL(r.url()).pathname.replace(/(.)\/$/, '$1'));
  });
  return loads;
}

const postUrl = new RegExp(`/posts/${target.slug}/?$`);

/** The header still takes the reader elsewhere, and Back to the broken page shows its message again. */
async function expectElsewhereWorksAndBackShowsTheMessage(page: Page) {
  await expectHeaderStillWorks(page);
  await page.goBack();
  await page.goBack();
  await expect(alert(page)).toBeVisible({ timeout: 20_000 });
}

async function expectTargetPost(page: Page) {
  await expect(page).toHaveURL(postUrl);
  await expect(h1(page)).toHaveText(target.title);
  await expect(currentPage(page).locator('.prose')).toBeVisible();
  await expect(alert(page)).toHaveCount(0);
}

test.describe('a post whose data cannot be fetched, opened from the home page', () => {
  const cases = [
    { name: 'post JSON answers 500', pattern: postJson, fault: faults.serverError, reason: /^The server answered 500\b/ },
    { name: 'Markdown answers 500', pattern: postMarkdown, fault: faults.serverError, reason: /^The server answered 500\b/ },
    {
      name: 'post JSON offline (request aborted)',
      pattern: postJson,
      fault: faults.offline,
      reason: /^Could not reach the server\. Check your connection\.$/,
    },
    {
      name: 'Markdown offline (request aborted)',
      pattern: postMarkdown,
      fault: faults.offline,
      reason: /^Could not reach the server\. Check your connection\.$/,
    },
    {
      name: 'post JSON truncated',
      pattern: postJson,
      fault: faults.truncatedJson,
      reason: /^The data arrived damaged or incomplete\.$/,
    },
  ];

  for (const c of cases) {
    test(`${c.name}: message with the reason and Try again; header works; retries stop; Try again recovers`, async ({ page }) => {
      const broken = await breakRequests(page, c.pattern, c.fault);
      await clickTargetFromHome(page);

      await expect(alert(page)).toBeVisible({ timeout: 20_000 });
      await expect(page).toHaveURL(postUrl);
      await expect(alert(page).getByRole('paragraph').first()).toHaveText(c.reason);
      await expect(tryAgain(page)).toBeEnabled();
      // The site chrome is still there.
      await expect(header(page)).toBeVisible();

      // Retries back off and stop: a handful of requests (prefetch and navigation, each retried twice), then none.
      expect(broken.count()).toBeGreaterThanOrEqual(1);
      await expectSettled(broken.count);
      expect(broken.count(), 'requests for the broken URL').toBeLessThanOrEqual(9);

      // Elsewhere still works; Back to the post shows the message again (still broken).
      await expectElsewhereWorksAndBackShowsTheMessage(page);

      // Fixed: Try again shows the post, in the same document.
      await broken.heal();
      await tryAgain(page).click();
      await expectTargetPost(page);
    });
  }

  test('HTML page served with 200 where post JSON was expected: reloads once, then says why, with a reload button', async ({
    page,
  }) => {
    const other = published[1]!;
    const broken = await breakRequests(page, '**/data/*/posts/*.json', faults.htmlInsteadOfJson);
    const loads = watchPageLoads(page);
    await clickTargetFromHome(page);
    // The host answered with a web page: maybe a deploy moved the data. The tab reloads once;
    // the post's own HTML (with its data inlined) shows the post.
    await expect.poll(() => loads, { timeout: 20_000 }).toEqual(['/', `/posts/${target.slug}`]);
    await expect(page).toHaveURL(postUrl);
    await expect(h1(page)).toHaveText(target.title, { timeout: 20_000 });
    await waitForApp(page);

    // Another post in the app, still broken: no second reload within the minute, a message instead.
    await page.locator('.site-title').click();
    await expect(h1(page)).not.toHaveText(target.title);
    await currentPage(page).getByRole('link', { name: other.title, exact: true }).click();
    await expect(alert(page)).toBeVisible({ timeout: 20_000 });
    await expect(page).toHaveURL(new RegExp(`/posts/${other.slug}/?$`));
    await expect(alert(page).getByRole('paragraph').first()).toHaveText(
      'The server sent a web page where data was expected; this content may have moved.',
    );
    await expectSettled(broken.count, 4_000);
    expect(loads, 'full page loads').toEqual(['/', `/posts/${target.slug}`]);
    await expectElsewhereWorksAndBackShowsTheMessage(page);

    await broken.heal();
    await alert(page)
      .getByRole('button', { name: /^(Try again|Reload the page)$/ })
      .click();
    await expect(h1(page)).toHaveText(other.title, { timeout: 20_000 });
    await expect(alert(page)).toHaveCount(0);
  });

  test('Markdown removed (404) after the data said the post exists: a message and a way to try again', async ({ page }) => {
    const broken = await breakRequests(page, postMarkdown, faults.removed);
    await clickTargetFromHome(page);
    await expect(page).toHaveURL(postUrl);
    // The issue: "a post removed since the manifest was cached: the reader sees a clear message with a retry".
    await expect(alert(page)).toBeVisible({ timeout: 20_000 });
    await expect(alert(page).getByRole('button', { name: /^(Try again|Reload the page)$/ })).toBeVisible();
    await expectSettled(broken.count);
    expect(broken.count()).toBeLessThanOrEqual(3);
    await expectHeaderStillWorks(page);
  });

  test('post JSON never answers: a pending bar, not a frozen app; the header still navigates; then a timeout message', async ({
    page,
  }) => {
    // The page's clock runs as usual, and is moved forward below instead of waiting out the timeouts.
    await page.clock.install();
    const broken = await breakRequests(page, postJson, faults.noAnswer);
    await clickTargetFromHome(page);
    // Waiting: the progress bar shows and the home page stays on screen.
    await expect(page.getByRole('progressbar', { name: 'Loading page' })).toHaveClass(/visible/);
    await expect(page).toHaveURL('/');
    // The reader gives up and goes elsewhere: that works at once.
    await header(page).getByRole('link', { name: 'Archive' }).click();
    await expect(h1(page)).toHaveText('Archive');

    // Trying the post again and waiting it out: the app gives up after its timeout (15 s a try, retried with backoff).
    const now = () => page.evaluate(() => Date.now());
    const started = await now();
    await currentPage(page).getByRole('link', { name: target.title, exact: true }).click();
    await expect(async () => {
      await page.clock.fastForward(2_000);
      await expect(alert(page)).toBeVisible({ timeout: 100 });
    }).toPass({ timeout: 30_000, intervals: [50] });
    const waited = (await now()) - started;
    await expect(alert(page).getByRole('paragraph').first()).toHaveText('The server took too long to answer.');
    expect(waited).toBeGreaterThanOrEqual(14_000);
    expect(waited).toBeLessThan(70_000);
    await expectSettled(broken.count, 3_000);
    expect(broken.count()).toBeLessThanOrEqual(9);

    await broken.heal();
    await tryAgain(page).click();
    await expectTargetPost(page);
  });
});

test.describe('a post whose Markdown cannot be fetched, followed from another post: the running worker fetches it', () => {
  const cases = [
    { name: 'answers 500', fault: faults.serverError, reason: /^The server answered 500\b/ },
    { name: 'removed (404)', fault: faults.removed, reason: /^This post's text is no longer on the server\b/ },
    { name: 'offline', fault: faults.offline, reason: /^Could not reach the server\. Check your connection\.$/ },
  ];

  for (const c of cases) {
    test(`Markdown ${c.name}: the same message as from the page; fixed, Try again shows the post`, async ({ page }) => {
      const from: string[] = [];
      const broken = await breakRequests(page, postMarkdown, (route) => {
        from.push(route.request().headers()['referer'] ?? '');
        return c.fault(route);
      });
      await page.goto(`/posts/${published[1]!.slug}`);
      await waitForApp(page);
      // The post's page starts the Markdown worker once it is idle; its code has run when it takes messages.
      await expect.poll(() => page.workers().length).toBe(1);
      await expect.poll(() => page.workers()[0]!.evaluate(() => typeof onmessage === 'function')).toBe(true);
      await currentPage(page)
        .getByRole('navigation', { name: 'More posts' })
        .getByRole('link')
        .filter({ hasText: target.title })
        .click();

      await expect(alert(page)).toBeVisible({ timeout: 20_000 });
      await expect(page).toHaveURL(postUrl);
      await expect(alert(page).getByRole('paragraph').first()).toHaveText(c.reason);
      // Asked for by the worker (its script is the referrer), not by the page.
      expect(from[0]).toMatch(/\/assets\/markdown-worker-[\w-]+\.js$/);
      await expectSettled(broken.count);
      expect(broken.count(), 'requests for the broken URL').toBeLessThanOrEqual(9);

      await broken.heal();
      await alert(page)
        .getByRole('button', { name: /^(Try again|Reload the page)$/ })
        .click();
      await expectTargetPost(page);
    });
  }
});

test.describe('cold loads whose data fails', () => {
  test('a post opened by URL never asks for its Markdown: with it answering 500, the post reads whole and the app works', async ({
    page,
  }) => {
    const broken = await breakRequests(page, postMarkdown, faults.serverError);
    await page.goto(`/posts/${target.slug}`);
    await expect(h1(page)).toHaveText(target.title);
    await waitForApp(page);
    await page.waitForLoadState('networkidle');
    // The prerendered body is hydrated as it is, not rendered again from the Markdown.
    expect(broken.count(), 'requests for the Markdown').toBe(0);
    await expect(alert(page)).toHaveCount(0);
    await expect(currentPage(page).locator('.prose')).toBeVisible();
    await expectHeaderStillWorks(page);
  });

  test('a filtered home page (/?tag=…) opened by URL whose tag data answers 500: message, Try again recovers', async ({
    page,
  }) => {
    const tag = 'go';
    const broken = await breakRequests(page, `**/data/*/tags/${tag}/1.json`, faults.serverError);
    await page.goto(`/?tag=${tag}`);
    await expect(alert(page)).toBeVisible({ timeout: 20_000 });
    await expect(alert(page).getByRole('paragraph').first()).toHaveText(/^The server answered 500\b/);
    await expect(header(page)).toBeVisible();
    await expectSettled(broken.count);
    // One query, tried three times (no prefetch on a cold load).
    expect(broken.count(), 'requests for the broken URL').toBeLessThanOrEqual(3);
    await broken.heal();
    await tryAgain(page).click();
    await expect(alert(page)).toHaveCount(0);
    await expect(currentPage(page).locator('.post-list > li').first()).toBeVisible();
    await expect(
      currentPage(page)
        .locator('.post-list .chip', { hasText: `#${tag}` })
        .first(),
    ).toBeVisible();
  });

  test('a series-filtered home page opened offline: message, Try again recovers', async ({ page }) => {
    const series = 'paper-every-day';
    const broken = await breakRequests(page, `**/data/*/series/${series}.json`, faults.offline);
    const started = Date.now();
    await page.goto(`/?series=${series}`);
    await expect(alert(page)).toBeVisible({ timeout: 30_000 });
    // One failing file: the message comes after one round of retries (1 s + 2 s), not several.
    expect(Date.now() - started, 'time until the message').toBeLessThan(8_000);
    await expect(alert(page).getByRole('paragraph').first()).toHaveText('Could not reach the server. Check your connection.');
    await expectSettled(broken.count);
    expect(broken.count(), 'requests for the broken URL').toBeLessThanOrEqual(3);
    await broken.heal();
    await tryAgain(page).click();
    await expect(alert(page)).toHaveCount(0);
    await expect(currentPage(page).locator('.post-list > li').first()).toBeVisible();
  });
});

test.describe('the site settings (site.json) or terms (terms.json) failing', () => {
  for (const [file, name, fault] of [
    ['site.json', '500', faults.serverError],
    ['site.json', 'offline', faults.offline],
    ['site.json', 'truncated', faults.truncatedJson],
    ['terms.json', '500', faults.serverError],
  ] as const) {
    test(`${file} ${name}: every page still opens, cold and in the app, and nothing retries in a loop`, async ({ page }) => {
      const broken = await breakRequests(page, `**/data/*/${file}`, fault);
      await page.goto('/');
      await waitForApp(page);
      await currentPage(page).getByRole('link', { name: target.title, exact: true }).click();
      await expectTargetPost(page);
      for (const [label, heading] of [
        ['Tags', 'Tags'],
        ['Series', 'Series'],
        ['Archive', 'Archive'],
      ] as const) {
        await header(page).getByRole('link', { name: label }).click();
        await expect(h1(page)).toHaveText(heading);
      }
      await page.goto('/?tag=go');
      await waitForApp(page);
      await expect(currentPage(page).locator('.post-list > li').first()).toBeVisible();
      await page.reload();
      await waitForApp(page);
      await expect(alert(page)).toHaveCount(0);
      await expectSettled(broken.count, 3_000);
      expect(broken.count()).toBeLessThanOrEqual(3);
    });
  }
});

test.describe('a deploy removed this tab’s code', () => {
  /** The route chunks the home page preloads (the ones this tab already has). */
  async function homeChunks(page: Page): Promise<Set<string>> {
    const { html } = await fetchPage(page.request, '/');
    return new Set([...html.matchAll(/href="([^"]*\/assets\/[^"]+\.js)"/g)].map((m) => new URL(m[1]!, 'http://x').pathname));
  }

  test('the post view’s chunk is gone: the tab reloads once, not in a loop, and shows the post, not a blank page', async ({
    page,
  }) => {
    const keep = await homeChunks(page);
    const removed: string[] = [];
    await page.route('**/assets/route-*.js', (route) => {
      const file = new URL(route.request().url()).pathname;
      if (keep.has(file)) return route.continue();
      removed.push(file);
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
    });
    const documents = watchPageLoads(page);

    await clickTargetFromHome(page);
    await expect(page).toHaveURL(postUrl, { timeout: 20_000 });
    await expect(h1(page)).toHaveText(target.title, { timeout: 20_000 });
    await expect(currentPage(page).locator('.prose')).toBeVisible();
    // Exactly one reload, then it stays put.
    await expect.poll(() => documents, { timeout: 15_000 }).toEqual(['/', `/posts/${target.slug}`]);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(documents, 'full page loads').toEqual(['/', `/posts/${target.slug}`]);
    expect(removed.length).toBeGreaterThan(0);
    // Not blank: the post's text is on screen.
    expect((await currentPage(page).innerText()).length).toBeGreaterThan(200);
  });

  test('every route chunk and the Markdown worker are gone: after one reload, the page or a reload message, never blank', async ({
    page,
  }) => {
    const keep = await homeChunks(page);
    await page.route(/\/assets\/(route|markdown-worker|render-in-worker)-[^/]+\.js$/, (route) => {
      const file = new URL(route.request().url()).pathname;
      return keep.has(file) ? route.continue() : route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
    });
    const documents = watchPageLoads(page);
    await page.goto('/');
    await waitForApp(page);
    // A different post and a list: both need code this tab does not have.
    await header(page).getByRole('link', { name: 'Archive' }).click();
    await expect(h1(page)).toHaveText('Archive', { timeout: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(documents.length, `full page loads: ${documents.join(', ')}`).toBeLessThanOrEqual(2);
    const text = await page.locator('body').innerText();
    expect(text.trim().length).toBeGreaterThan(50);
    const shown = (await h1(page).textContent())?.trim();
    expect(['Archive', 'This page could not be loaded']).toContain(shown);
    if (shown === 'This page could not be loaded') {
      await expect(alert(page).getByRole('button', { name: 'Reload the page' })).toBeVisible();
    }
  });
});
