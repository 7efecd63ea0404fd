/**
 * The document head after in-app navigation: title, description, canonical link and the
 * Open Graph / Twitter tags follow the page across many moves, Back and Forward; nothing
 * of the page first loaded (a post's article:* times and tags, noindex) lingers.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  canonical,
  hostedSites,
  jsonLd,
  linksWithRel,
  metaValue,
  parseHtml,
  previewDescription,
  siteConfig,
  statedSummary,
} from './head-support.ts';
import {
  isSameDocument,
  markDocument,
  post,
  published,
  seriesParts,
  site,
  slugOf,
  waitForApp,
  withTag,
  type SamplePost,
  currentPage,
} from './support.ts';
import { isoInstant } from '../src/lib/dates.ts';

const blog = hostedSites.find((s) => s.name === 'blog')!;
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const docTitle = (title: string) => (title === site.title ? title : `${title} · ${site.title}`);

interface Expected {
  /** Relative to the base. */
  path: string;
  title: string;
  description: string;
  h1: string;
  post?: SamplePost;
  noindex?: boolean;
}

/** Everything the head says about the page, read from the live document. */
function readHead(page: Page) {
  return page.evaluate(() => {
    const metas = [...document.head.querySelectorAll('meta')].map((m) => ({
      key: m.getAttribute('name') ?? m.getAttribute('property') ?? '',
      content: m.getAttribute('content') ?? '',
    }));
    const all = (key: string) => metas.filter((m) => m.key === key).map((m) => m.content);
    return {
      title: document.title,
      all: Object.fromEntries(
        [
          'description',
          'robots',
          'og:title',
          'og:description',
          'og:url',
          'og:type',
          'twitter:title',
          'twitter:description',
          'article:published_time',
          'article:modified_time',
          'article:tag',
          'article:author',
        ].map((k) => [k, all(k)]),
      ),
      canonical: [...document.head.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute('href')),
    };
  });
}

async function expectHeadFollows(page: Page, e: Expected) {
  const where = `after moving to /${e.path}`;
  // Pages described by counts or derived summaries: compare with the HTML the server sends for that URL.
  if (!e.description) e.description = await serverDescription(page, e.path);
  await expect(page).toHaveURL(new URL(e.path, blog.root).href);
  await expect(h1(page)).toHaveText(e.h1);
  await expect(page, `${where}: document.title`).toHaveTitle(docTitle(e.title));
  await expect(page.locator('meta[name="description"]'), `${where}: meta description`).toHaveAttribute('content', e.description);
  const head = await readHead(page);
  const one = (key: string) => head.all[key] ?? [];
  expect.soft(one('description'), `${where}: one meta description`).toEqual([e.description]);
  expect.soft(one('og:title'), `${where}: og:title`).toEqual([e.title]);
  expect.soft(one('og:description'), `${where}: og:description`).toEqual([e.description]);
  expect.soft(one('twitter:title'), `${where}: twitter:title`).toEqual([e.title]);
  expect.soft(one('twitter:description'), `${where}: twitter:description`).toEqual([e.description]);
  expect.soft(one('og:type'), `${where}: og:type`).toEqual([e.post ? 'article' : 'website']);
  if (e.noindex) {
    expect.soft(one('robots').join(' '), `${where}: robots noindex`).toMatch(/noindex/);
    for (const href of head.canonical)
      expect.soft(href, `${where}: no canonical but the unfiltered home`).toBe(canonical(blog, ''));
  } else {
    expect.soft(one('robots').join(' '), `${where}: indexable (no noindex left over)`).not.toMatch(/noindex/);
    expect.soft(head.canonical, `${where}: canonical from the site's base URL`).toEqual([canonical(blog, e.path)]);
    expect.soft(one('og:url'), `${where}: og:url from the site's base URL`).toEqual([canonical(blog, e.path)]);
  }
  // Post-only tags describe the current post, or are absent; never the page first loaded.
  if (e.post) {
    for (const t of one('article:published_time'))
      expect.soft(Date.parse(t), `${where}: article:published_time ${t}`).toBe(Date.parse(normal(e.post.date)));
    if (!e.post.updated) expect.soft(one('article:modified_time'), `${where}: no article:modified_time`).toEqual([]);
    for (const t of one('article:modified_time'))
      expect.soft(Date.parse(t), `${where}: article:modified_time ${t}`).toBe(Date.parse(normal(e.post.updated ?? '')));
    if (one('article:tag').length) expect.soft(one('article:tag'), `${where}: article:tag`).toEqual(e.post.tags);
    expect.soft(one('article:author'), `${where}: article:author`).toEqual(e.post.authors);
  } else {
    for (const key of ['article:published_time', 'article:modified_time', 'article:tag', 'article:author'])
      expect.soft(one(key), `${where}: no ${key} on a list`).toEqual([]);
  }
}

const normal = (date: string) => isoInstant(date, siteConfig.timeZone);

const paperEveryDay = seriesParts('Paper every day');
const day3 = post('paper-every-day-day-three-container-design-patterns');
const networking = post('network-namespaces-in-ecs');
const postExpected = (p: SamplePost): Expected => ({
  path: `posts/${p.slug}`,
  title: p.title,
  // Without a summary in front matter, the one derived at build time (as the server's HTML says).
  description: previewDescription(statedSummary(p) ?? ''),
  h1: p.title,
  post: p,
});

test.describe('head after in-app navigation', () => {
  test('across home, post, tag, series, post, archive, tags and series index; then Back and Forward', async ({ page }) => {
    const newest = published[0]!;
    const tag = 'papers';
    await page.goto(blog.root);
    await waitForApp(page);
    await markDocument(page);
    const home: Expected = { path: '', title: site.title, description: siteConfig.description, h1: site.title };
    await expectHeadFollows(page, home);

    const main = currentPage(page);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const newestHead = postExpected(newest);
    await main.getByRole('link', { name: newest.title, exact: true }).click();
    await expectHeadFollows(page, newestHead);

    const visited: Expected[] = [home, newestHead];
    const moves: [() => Promise<void>, Expected][] = [
      [() => nav.getByRole('link', { name: 'Tags' }).click(), { path: 'tags', title: 'Tags', description: '', h1: 'Tags' }],
      [
        () =>
          main
            .locator('.tag-cloud')
            .getByRole('link', { name: new RegExp(`^#${tag} `) })
            .click(),
        {
          path: `tags/${slugOf(tag)}`,
          title: `Posts tagged “${tag}”`,
          description: `${withTag(tag).length} posts tagged ${tag}.`,
          h1: `Posts tagged “${tag}”`,
        },
      ],
      [() => main.getByRole('link', { name: day3.title, exact: true }).click(), postExpected(day3)],
      [
        () => main.getByRole('link', { name: 'Paper every day' }).first().click(),
        {
          path: 'series/paper-every-day',
          // Not the bare name, which a post may have too.
          title: 'Series “Paper every day”',
          description: `A series of ${paperEveryDay.length} posts, in reading order.`,
          h1: 'Paper every day',
        },
      ],
      [
        () => nav.getByRole('link', { name: 'Archive' }).click(),
        { path: 'archive', title: 'Archive', description: `All ${published.length} posts by year and month.`, h1: 'Archive' },
      ],
      [() => main.getByRole('link', { name: networking.title, exact: true }).click(), postExpected(networking)],
      [
        () => nav.getByRole('link', { name: 'Series' }).click(),
        { path: 'series', title: 'Series', description: '', h1: 'Series' },
      ],
    ];
    for (const [move, expected] of moves) {
      await move();
      await expectHeadFollows(page, expected);
      visited.push(expected);
      expect(await isSameDocument(page), 'moved without reloading').toBe(true);
    }

    for (const expected of [...visited].reverse().slice(1, 5)) {
      await page.goBack();
      await expectHeadFollows(page, expected);
    }
    await page.goForward();
    await expectHeadFollows(page, visited.at(-4)!);
    expect(await isSameDocument(page)).toBe(true);
  });

  test('the head the app keeps matches the head the server sent for the same URL', async ({ page }) => {
    // Reached in the app, each page's title and description equal those of its prerendered HTML.
    await page.goto(blog.root);
    await waitForApp(page);
    for (const p of published.slice(0, 4)) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Archive' }).click();
      await expect(h1(page)).toHaveText('Archive');
      await currentPage(page).getByRole('link', { name: p.title, exact: true }).click();
      await expect(h1(page)).toHaveText(p.title);
      const server = await serverHead(page, `posts/${p.slug}`);
      await expect(page).toHaveTitle(server.title);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', server.description);
    }
  });

  test('a filtered list is noindex; moving on to a post drops noindex again', async ({ page }) => {
    await page.goto(blog.root);
    await waitForApp(page);
    await markDocument(page);
    await currentPage(page).getByLabel('Series').selectOption('paper-every-day');
    await expect(page).toHaveURL(`${blog.root}?series=paper-every-day`);
    await expect(h1(page)).toHaveText('Filtered posts');
    await expectHeadFollows(page, {
      path: '?series=paper-every-day',
      title: 'Filtered posts',
      description: siteConfig.description,
      h1: 'Filtered posts',
      noindex: true,
    });
    const first = [...paperEveryDay].reverse()[0]!;
    await currentPage(page).getByRole('link', { name: first.title, exact: true }).click();
    await expectHeadFollows(page, postExpected(first));
    await page.goBack();
    await expect(h1(page)).toHaveText('Filtered posts');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    expect(await isSameDocument(page)).toBe(true);
  });

  test('from a post loaded directly to another post: no stale article times or tags', async ({ page }) => {
    // networking has `updated`, four tags; Day Three has neither that date nor those tags.
    await page.goto(new URL(`posts/${networking.slug}`, blog.root).href);
    await waitForApp(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Series' }).click();
    await expectHeadFollows(page, { path: 'series', title: 'Series', description: '', h1: 'Series' });
    await currentPage(page).getByRole('link', { name: 'Paper every day' }).click();
    await expect(h1(page)).toHaveText('Paper every day');
    await currentPage(page).getByRole('link', { name: day3.title, exact: true }).click();
    await expectHeadFollows(page, postExpected(day3));
  });
});

/** Every prerendered page, as a path relative to the base (from the sitemap the build wrote). */
function prerenderedPaths(): string[] {
  const xml = readFileSync(new URL('../dist/sitemap.xml', import.meta.url), 'utf8');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const base = new URL(locs[0]!).pathname;
  return locs.map((loc) => new URL(loc).pathname.slice(base.length));
}

test.describe('the head of every prerendered page, as the server sends it', () => {
  test('its own <title>, a description of at most 160 characters cut at a word, og:locale as en_US', async ({ page }) => {
    const titles = new Map<string, string>();
    const paths = prerenderedPaths();
    let cut = 0;
    expect(paths).toEqual(expect.arrayContaining(['posts/lets-go', 'series/lets-go']));
    for (const path of paths) {
      const raw = await parseHtml(page, await (await page.request.get(new URL(path, blog.root).href)).text());
      const title = raw.titles[0] ?? '';
      expect.soft(titles.get(title), `/${path}: <title> "${title}" is its own`).toBeUndefined();
      titles.set(title, path);
      for (const key of ['description', 'og:description', 'twitter:description']) {
        const value = metaValue(raw, key);
        expect.soft(value.length, `/${path}: ${key} has at most 160 characters`).toBeLessThanOrEqual(160);
        if (value.endsWith('…')) {
          cut += 1;
          expect.soft(value, `/${path}: ${key} is cut between words`).toMatch(/\S…$/);
        }
      }
      expect.soft(metaValue(raw, 'og:locale'), `/${path}: og:locale`).toMatch(/^[a-z]{2,3}_[A-Z]{2}$/);
    }
    // Posts whose first paragraph runs long (most of the sample posts): cut, not whole.
    expect(cut, 'descriptions cut at a word').toBeGreaterThan(3);
  });

  test('the not-found page is a WebPage in JSON-LD, not a CollectionPage', async ({ page }) => {
    const raw = await parseHtml(page, await (await page.request.get(new URL('nope', blog.root).href)).text());
    expect(jsonLd(raw).map((ld) => ld['@type'])).toEqual(['WebPage']);
  });

  test('tag and series pages advertise their own feeds, in the head and with a visible link', async ({ page }) => {
    for (const path of ['tags/papers', 'series/paper-every-day']) {
      const raw = await parseHtml(page, await (await page.request.get(new URL(path, blog.root).href)).text());
      const alternates = linksWithRel(raw, 'alternate').map((l) => [l.type, l.href]);
      expect(alternates, `/${path}`).toEqual(
        expect.arrayContaining([
          ['application/rss+xml', canonical(blog, `${path}/feed.xml`)],
          ['application/atom+xml', canonical(blog, `${path}/atom.xml`)],
          ['application/feed+json', canonical(blog, `${path}/feed.json`)],
        ]),
      );
      expect(raw.mainLinks, `/${path}: a visible feed link`).toContain(`/${path}/feed.xml`);
      expect((await page.request.get(new URL(`${path}/feed.xml`, blog.root).href)).status()).toBe(200);
    }
    // After in-app navigation the page's own feed links follow it, and go when it is left.
    await page.goto(blog.root);
    await waitForApp(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tags' }).click();
    await currentPage(page)
      .locator('.tag-cloud')
      .getByRole('link', { name: /^#papers / })
      .click();
    await expect(h1(page)).toHaveText('Posts tagged “papers”');
    await expect(page.locator(`head link[rel="alternate"][href="${canonical(blog, 'tags/papers/atom.xml')}"]`)).toHaveCount(1);
    await expect(currentPage(page).getByRole('link', { name: 'Feed of this tag' })).toHaveAttribute(
      'href',
      '/tags/papers/feed.xml',
    );
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Archive' }).click();
    await expect(h1(page)).toHaveText('Archive');
    await expect(page.locator('head link[rel="alternate"][href*="/tags/"]')).toHaveCount(0);
  });
});

/** Title and description of the HTML the server sends for a URL, parsed by the browser. */
async function serverHead(page: Page, path: string) {
  const raw = await parseHtml(page, await (await page.request.get(new URL(path, blog.root).href)).text());
  return { title: raw.titles[0] ?? '', description: metaValue(raw, 'description') };
}

const serverDescription = async (page: Page, path: string) => (await serverHead(page, path)).description;
