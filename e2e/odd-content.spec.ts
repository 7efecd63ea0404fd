/**
 * Odd but valid content (e2e/fixtures/odd/, built into .cache/e2e/odd/ by
 * `npm run build:e2e-fixtures`): unicode and emoji, right-to-left text, a one-megabyte
 * post, a post without a body, very long words on a phone, many posts on one day, a
 * series of one, dates with and without offsets in several reader time zones, and a
 * folder post (`folder-post/index.md`) with its images beside it, and an image written with `http://`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { siteUrl } from './sites.ts';
import { asWritten, bodyText, fetchPage, instant, listTitles, waitForApp, watchConsole, currentPage } from './support.ts';

const base = siteUrl('odd');
test.use({ baseURL: base });

const fixtureDir = fileURLToPath(new URL('./fixtures/odd/', import.meta.url));
interface OddPost {
  slug: string;
  title: string;
  date: string;
}
// Flat posts (`<slug>.md`) and folder posts (`<slug>/index.md`).
const posts: OddPost[] = readdirSync(fixtureDir, { withFileTypes: true })
  .flatMap((e) =>
    e.isDirectory() ? [{ slug: e.name, file: `${e.name}/index.md` }] : [{ slug: e.name.slice(0, -3), file: e.name }],
  )
  .filter((p) => p.file.endsWith('.md'))
  .map(({ slug, file }) => {
    const text = readFileSync(fixtureDir + file, 'utf8');
    const fm = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
    return { slug, title: String(fm.title), date: String(fm.date) };
  });
/** Newest first as instants; equal instants by slug. */
const newestFirst = [...posts].sort((a, b) => instant(b.date) - instant(a.date) || a.slug.localeCompare(b.slug));
const bySlug = (slug: string) => posts.find((p) => p.slug === slug)!;
const postsPerPage = 10;

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const noPageErrors = (page: Page) => watchConsole(page, (text) => /status of 404/.test(text));

/** Titles of the post list in the HTML the server sends (before any script runs). */
async function prerenderedTitles(page: Page, path: string): Promise<string[]> {
  const { html } = await fetchPage(page.request, new URL(path, base).href);
  const list = /<ol class="post-list">([\s\S]*?)<\/ol>\s*(?:<nav|<\/main|<p|<div|<section|$)/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<h[23] class="post-card-title"[^>]*>([\s\S]*?)<\/h[23]>/g)].map((m) =>
    bodyText(`<body>${m[1]}</body>`),
  );
}

test.describe('unicode and emoji in titles, tags and series names', () => {
  const post = bySlug('unicode-cafe');

  test('the post shows its title and tags as written, and the tab title carries the emoji', async ({ page }) => {
    const problems = noPageErrors(page);
    await page.goto('/posts/unicode-cafe');
    await waitForApp(page);
    await expect(h1(page)).toHaveText(post.title);
    await expect(page).toHaveTitle(new RegExp(`^${post.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `));
    const chips = currentPage(page).locator('article .post-header').getByRole('list', { name: 'Tags' }).getByRole('link');
    await expect(chips).toHaveText(['#Café ☕ & Über', '#日本語', '#🚀 launches']);
    // Readable URLs: accents folded, & spelled out, emoji dropped, CJK kept (percent-encoded by the browser).
    expect(await chips.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))).toEqual([
      '/tags/cafe-and-uber',
      `/tags/${encodeURIComponent('日本語')}`,
      '/tags/launches',
    ]);
    await expect(currentPage(page).locator('.prose')).toContainText('👨‍👩‍👧‍👦');
    expect(problems).toEqual([]);
  });

  test('each unicode tag page works in the app and when its URL is typed in', async ({ page }) => {
    for (const [name, slug] of [
      ['Café ☕ & Über', 'cafe-and-uber'],
      ['日本語', '日本語'],
      ['🚀 launches', 'launches'],
    ] as const) {
      // Typed into the address bar (the browser percent-encodes it).
      const response = await page.goto(`/tags/${slug}`);
      expect(response?.status(), slug).toBe(200);
      await waitForApp(page);
      await expect(h1(page)).toHaveText(`Posts tagged “${name}”`);
      await expect(listTitles(page)).toHaveText([post.title]);

      // In the app: from the post, by its chip.
      await page.goto('/posts/unicode-cafe');
      await waitForApp(page);
      await currentPage(page)
        .locator('article .post-header')
        .getByRole('link', { name: `#${name}` })
        .click();
      await expect(h1(page)).toHaveText(`Posts tagged “${name}”`);
      expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/tags/${slug}`);
    }
  });

  test('the tags page lists the unicode tags with their counts', async ({ page }) => {
    await page.goto('/tags');
    await waitForApp(page);
    for (const name of ['Café ☕ & Über', '日本語', '🚀 launches', 'عربي', 'עברית']) {
      await expect(
        currentPage(page)
          .getByRole('link', { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
          .first(),
      ).toBeVisible();
    }
  });
});

test.describe('right-to-left posts', () => {
  for (const slug of ['rtl-arabic', 'rtl-hebrew']) {
    test(`${slug}: title and text are shown intact`, async ({ page }) => {
      const post = bySlug(slug);
      await page.goto(`/posts/${slug}`);
      await waitForApp(page);
      await expect(h1(page)).toHaveText(post.title);
      const source = readFileSync(`${fixtureDir}${slug}.md`, 'utf8');
      const firstParagraph = source.split('\n---\n')[1]!.trim().split('\n\n')[0]!;
      await expect(currentPage(page).locator('.prose p').first()).toHaveText(firstParagraph);
    });

    test(`${slug}: title, list entry and paragraphs are laid out right to left`, async ({ page }) => {
      const post = bySlug(slug);
      await page.goto(`/posts/${slug}`);
      await waitForApp(page);
      const isRtl = (selector: string) =>
        currentPage(page)
          .locator(selector)
          .evaluateAll((els) => els.map((el) => el.matches(':dir(rtl)')));
      expect(await isRtl('h1'), 'post title').toEqual([true]);
      const paragraphs = await isRtl('.prose p');
      expect(paragraphs.length).toBeGreaterThan(0);
      expect(paragraphs.every(Boolean), 'post paragraphs').toBe(true);

      // In the list, the title of the post reads right to left too.
      await page.goto('/archive');
      await waitForApp(page);
      const link = currentPage(page).getByRole('link', { name: post.title, exact: true });
      expect(await link.evaluate((el) => el.matches(':dir(rtl)')), 'archive entry').toBe(true);
    });
  }
});

test.describe('a one-megabyte post', () => {
  test.setTimeout(90_000);
  const source = `${fixtureDir}huge-post.md`;

  test('is really about a megabyte', () => {
    expect(statSync(source).size).toBeGreaterThan(950_000);
    expect(statSync(source).size).toBeLessThan(1_200_000);
  });

  test('opens cold with every section, down to the last paragraph', async ({ page }) => {
    const problems = noPageErrors(page);
    await page.goto('/posts/huge-post');
    await waitForApp(page);
    await expect(h1(page)).toHaveText('A one-megabyte post');
    const last = page.getByText('This is the last paragraph of the one-megabyte post.');
    await expect(last).toBeVisible({ timeout: 30_000 });
    await expect(currentPage(page).locator('.prose h2')).toHaveCount(934, { timeout: 30_000 });
    expect(problems).toEqual([]);
  });

  test('opens from the archive in the app (rendered in the browser) without freezing the page', async ({ page }) => {
    const problems = noPageErrors(page);
    await page.goto('/archive');
    await waitForApp(page);
    await currentPage(page).getByRole('link', { name: 'A one-megabyte post', exact: true }).click();
    await expect(h1(page)).toHaveText('A one-megabyte post', { timeout: 30_000 });
    await expect(page.getByText('This is the last paragraph of the one-megabyte post.')).toBeVisible({ timeout: 30_000 });
    // The header still answers.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tags' }).click();
    await expect(h1(page)).toHaveText('Tags', { timeout: 15_000 });
    expect(problems).toEqual([]);
  });
});

test.describe('a post with no body', () => {
  test('shows its title, date and tags, and nothing is left loading', async ({ page }) => {
    const problems = noPageErrors(page);
    const post = bySlug('no-body');
    await page.goto('/posts/no-body');
    await waitForApp(page);
    await expect(h1(page)).toHaveText(post.title);
    await expect(currentPage(page).locator('.post-meta time')).toHaveText(asWritten(post.date));
    await expect(currentPage(page).getByText('Loading the post…')).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('its list entry has a title and no empty summary', async ({ page }) => {
    await page.goto('/tags/empty');
    await waitForApp(page);
    const card = currentPage(page).locator('.post-list > li');
    await expect(card).toHaveCount(1);
    await expect(card.locator('.post-card-title')).toHaveText('A post with no body');
    await expect(card.locator('.post-card-summary')).toHaveCount(0);
  });
});

test.describe('very long words and URLs on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const longTag = 'pneumonoultramicroscopicsilicovolcanoconiosis-antidisestablishmentarianism';

  for (const path of ['/posts/long-words', '/', '/page/2', '/page/3', '/archive', '/tags', `/tags/${longTag}`, '/series']) {
    test(`no horizontal scroll on ${path}`, async ({ page }) => {
      await page.goto(path);
      await waitForApp(page);
      const widths = await page.evaluate(() => ({
        viewport: document.documentElement.clientWidth,
        document: document.documentElement.scrollWidth,
        body: document.body.scrollWidth,
      }));
      expect(widths.viewport).toBe(360);
      expect(widths.document, 'page wider than the phone').toBeLessThanOrEqual(widths.viewport);
      expect(widths.body, 'body wider than the phone').toBeLessThanOrEqual(widths.viewport);
      // Nothing sticks out to the right of the screen (text is wrapped, code scrolls in its own box).
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('main .page[data-page="current"] *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .filter((el) => !el.closest('pre, table, .prose table'))
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 40)}`),
      );
      expect(wide).toEqual([]);
    });
  }
});

test.describe('many posts on the same day', () => {
  const sameDay = newestFirst.filter((p) => p.slug.startsWith('same-day-'));

  test('the fixture has twelve of them, on one instant', () => {
    expect(sameDay).toHaveLength(12);
    expect(new Set(sameDay.map((p) => instant(p.date))).size).toBe(1);
  });

  test('the home pages list them in a stable order: the prerendered one, the same after reloads', async ({ page }) => {
    const expected = newestFirst.map((p) => p.title);
    for (const [n, path] of [
      [1, '/'],
      [2, '/page/2'],
    ] as const) {
      const want = expected.slice((n - 1) * postsPerPage, n * postsPerPage);
      expect(await prerenderedTitles(page, path), `prerendered ${path}`).toEqual(want);
      for (let i = 0; i < 3; i++) {
        if (i === 0) await page.goto(path);
        else await page.reload();
        await waitForApp(page);
        await expect(listTitles(page), `${path}, load ${i + 1}`).toHaveText(want);
      }
    }
    // In the app: page 1 → page 2 → back, same order (the list rendered by the browser, not the server).
    await page.goto('/');
    await waitForApp(page);
    await page.getByRole('link', { name: 'Older posts →' }).click();
    await expect(page).toHaveURL(`${base}page/2`);
    await expect(listTitles(page)).toHaveText(expected.slice(postsPerPage, 2 * postsPerPage));
    await page.goBack();
    await expect(listTitles(page)).toHaveText(expected.slice(0, postsPerPage));
  });

  test('the tag page and the archive give the same order', async ({ page }) => {
    await page.goto('/tags/same-day');
    await waitForApp(page);
    await expect(listTitles(page)).toHaveText(sameDay.slice(0, postsPerPage).map((p) => p.title));
    await page.getByRole('button', { name: 'Show more posts' }).click();
    await expect(listTitles(page)).toHaveText(sameDay.map((p) => p.title));

    // The archive groups by the month as written (newest month first), newest first within a month.
    const byWrittenMonth = [...newestFirst].sort((a, b) => b.date.slice(0, 7).localeCompare(a.date.slice(0, 7)));
    await page.goto('/archive');
    await waitForApp(page);
    await expect(currentPage(page).locator('.archive-month li a')).toHaveText(byWrittenMonth.map((p) => p.title));
  });
});

test.describe('a series of one', () => {
  test('the series pages and the post show part 1 of 1, with no previous or next', async ({ page }) => {
    const post = bySlug('series-of-one');
    await page.goto('/series');
    await waitForApp(page);
    await currentPage(page).getByRole('link', { name: 'Solo: één ✨' }).click();
    await expect(page).toHaveURL(`${base}series/solo-een`);
    await expect(h1(page)).toContainText('Solo: één ✨');
    await expect(listTitles(page)).toHaveText([post.title]);

    await currentPage(page).getByRole('link', { name: post.title, exact: true }).click();
    await expect(h1(page)).toHaveText(post.title);
    const box = page.getByRole('complementary', { name: 'Series: Solo: één ✨' });
    await expect(box.locator('.series-box-title')).toHaveText('Part 1 of 1 in Solo: één ✨');
    await expect(box.locator('a[rel="prev"], a[rel="next"]')).toHaveCount(0);

    const response = await page.goto('/series/solo-een');
    expect(response?.status()).toBe(200);
    await waitForApp(page);
    // The part fits on one screen: once its end was in view, the reader's progress marks it finished.
    const title = post.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(listTitles(page)).toHaveText([new RegExp(`^${title}( ✓ Finished)?$`)]);
  });
});

test.describe('dates shown as written, whatever the reader’s time zone', () => {
  const datePosts = ['date-plain', 'date-late-west', 'date-early-east', 'date-april-utc'].map(bySlug);

  async function inZone(browser: Browser, timezoneId: string, run: (page: Page) => Promise<void>) {
    const context = await browser.newContext({ timezoneId, baseURL: base });
    try {
      const page = await context.newPage();
      await run(page);
    } finally {
      await context.close();
    }
  }

  for (const timezoneId of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC']) {
    test(`in ${timezoneId}`, async ({ browser }) => {
      await inZone(browser, timezoneId, async (page) => {
        await page.goto('/archive');
        await waitForApp(page);
        expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
        for (const post of datePosts) {
          const entry = currentPage(page).locator('.archive-month li').filter({ hasText: post.title });
          await expect(entry.locator('time'), `${post.slug} in the archive`).toHaveText(asWritten(post.date));
          await expect(entry.locator('time')).toHaveAttribute('datetime', post.date);
        }
        // Opened in the app (rendered by the browser in this time zone).
        for (const post of datePosts) {
          await currentPage(page).getByRole('link', { name: post.title, exact: true }).click();
          await expect(h1(page)).toHaveText(post.title);
          await expect(currentPage(page).locator('.post-meta time').first(), `${post.slug} in the app`).toHaveText(
            asWritten(post.date),
          );
          await page.goBack();
          await expect(h1(page)).toHaveText('Archive');
        }
        // Opened cold (prerendered, then hydrated in this time zone).
        for (const post of datePosts) {
          await page.goto(`/posts/${post.slug}`);
          await waitForApp(page);
          await expect(currentPage(page).locator('.post-meta time').first(), `${post.slug} cold`).toHaveText(
            asWritten(post.date),
          );
        }
      });
    });
  }

  test('the archive lists each month of a year once, even when offsets interleave the days', async ({ page }) => {
    await page.goto('/archive');
    await waitForApp(page);
    const months = await currentPage(page)
      .locator('.archive-year')
      .evaluateAll((years) =>
        years.flatMap((y) =>
          [...y.querySelectorAll('.archive-month h3')].map((h) => `${y.querySelector('h2')!.id} ${h.textContent}`),
        ),
      );
    expect(months.length).toBeGreaterThan(0);
    expect(months).toEqual([...new Set(months)]);
    // And the May 1 posts all sit under May, the April 30 post under April.
    const may = currentPage(page)
      .locator('.archive-month')
      .filter({ has: page.getByRole('heading', { name: 'May', exact: true }) });
    for (const slug of ['date-plain', 'date-late-west', 'date-early-east']) {
      await expect(may.getByRole('link', { name: bySlug(slug).title, exact: true })).toHaveCount(1);
    }
  });
});

test.describe('a folder post', () => {
  test('opens at its folder name, with its images (beside it and in a subfolder) loaded, prerendered and rendered in the app', async ({
    page,
  }) => {
    const { html } = await fetchPage(page.request, new URL('/posts/folder-post', base).href);
    expect(html).toContain('src="/posts/folder-post/gradient.png"');
    expect(html).toContain('src="/posts/folder-post/photos/square.png"');
    const errors = noPageErrors(page);
    // Opened from a list, so the app renders it from its Markdown.
    await page.goto('/tags/folders');
    await waitForApp(page);
    await currentPage(page).getByRole('link', { name: 'A post in its own folder' }).click();
    await expect(h1(page)).toHaveText('A post in its own folder');
    await expect(page).toHaveURL(/\/posts\/folder-post$/);
    for (const [name, width] of [
      ['A gradient', 64],
      ['A square', 32],
    ] as const) {
      const image = currentPage(page).getByRole('img', { name });
      await expect(image).toHaveJSProperty('complete', true);
      await expect(image).toHaveJSProperty('naturalWidth', width);
    }
    // Its link to another post's file leads to that post's page.
    await currentPage(page).getByRole('link', { name: 'the post without a body' }).click();
    await expect(h1(page)).toHaveText('A post with no body');
    await expect(page).toHaveURL(/\/posts\/no-body$/);
    expect(errors).toEqual([]);
  });

  test('its Markdown is served where the app reads every post’s, and its index file is not published twice', async ({
    request,
  }) => {
    const markdown = await request.get('/posts/folder-post.md');
    expect(markdown.status()).toBe(200);
    expect(await markdown.text()).toContain('title: A post in its own folder');
    expect((await request.get('/posts/folder-post/index.md')).status()).toBe(404);
  });
});

test.describe('an image on another site written with http://', () => {
  test('is asked for over https, the only way the CSP lets the page load it, prerendered and rendered in the app', async ({
    page,
  }) => {
    const asked: string[] = [];
    // The other site, offline: it answers over either scheme, so only the CSP decides what shows.
    const png = readFileSync(fileURLToPath(new URL('./fixtures/odd/folder-post/gradient.png', import.meta.url)));
    await page.route('*://photos.example/**', (route) => {
      asked.push(route.request().url());
      return route.fulfill({ contentType: 'image/png', body: png });
    });
    const errors = noPageErrors(page);
    const image = currentPage(page).getByRole('img', { name: 'A harbour at noon' });
    await page.goto('/posts/image-over-http');
    await expect(image).toHaveJSProperty('naturalWidth', 64);
    // Opened from a list, so the app renders it from its Markdown.
    await page.goto('/tags/images');
    await waitForApp(page);
    await currentPage(page).getByRole('link', { name: 'A picture from an old host' }).click();
    await expect(page).toHaveURL(/\/posts\/image-over-http$/);
    await expect(image).toHaveJSProperty('naturalWidth', 64);
    expect([...new Set(asked)]).toEqual(['https://photos.example/harbour.png']);
    expect(errors).toEqual([]);
  });
});
