/**
 * RSS 2.0, Atom, JSON Feed 1.1, sitemap.xml and robots.txt, parsed with real parsers and
 * compared with the posts: every published post (the newest 20 in the site feeds),
 * newest first, absolute URLs from the site's base URL (at `/` and under `/blog/`),
 * feeds per tag and per series, no draft anywhere; and a post whose front matter holds
 * `"`, `<`, `&` and `</script>` comes out as its exact text wherever it lands.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import {
  ATOM,
  SITEMAP,
  canonical,
  expectSameInstant,
  fetchOk,
  frontMatter,
  hostedSites,
  jsonLd,
  kid,
  kidText,
  kids,
  metaValue,
  metaValues,
  parseHtml,
  parseXml,
  rfc3339,
  rfc822,
  served,
  siteConfig,
  statedSummary,
  w3cDatetime,
  type HostedSite,
} from './head-support.ts';
import { siteUrl } from './sites.ts';
import { allPosts, instant, published, seriesParts, site, slugOf, withTag, type SamplePost, currentPage } from './support.ts';

/** How many of the newest posts the site feeds carry. */
const feedLength = siteConfig.feedItems ?? 20;
const draft = allPosts.find((p) => p.slug === 'lets-go-part-two-draft')!;

const RSS_XML = /^(application|text)\/(rss\+)?xml\b/;
const ATOM_XML = /^(application|text)\/(atom\+)?xml\b/;
const JSON_TYPE = /^application\/(feed\+)?json\b/;

const newestFirst = (posts: SamplePost[]) =>
  [...posts].sort((a, b) => instant(b.date) - instant(a.date) || a.slug.localeCompare(b.slug));

interface FeedExpectation {
  /** The page the feed belongs to (absolute). */
  pageUrl: string;
  /** Folder of the feed files, relative to the base: `` or `tags/go/`. */
  dir: string;
  title: string | RegExp;
  posts: SamplePost[];
  /** Site feeds carry each post's full HTML; tag and series feeds their summaries. */
  full: boolean;
}

const postUrl = (s: HostedSite, p: SamplePost) => canonical(s, `posts/${p.slug}`);

/** Every href/src of an HTML fragment is absolute (or a fragment of the same document). */
async function expectAbsoluteLinks(page: Page, html: string, where: string) {
  const urls = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    return [...doc.querySelectorAll('[href], [src]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src')!);
  }, html);
  // Not even a bare #fragment: a feed reader resolves it against the feed's URL.
  for (const url of urls) expect(url, `${where}: link ${url} is absolute`).toMatch(/^(https?:|mailto:)/);
  const scripts = await page.evaluate(
    (source) => new DOMParser().parseFromString(source, 'text/html').querySelectorAll('script, iframe, object').length,
    html,
  );
  expect(scripts, `${where}: no script in the content`).toBe(0);
}

/** What a feed reader shows for an HTML description: its text, and how many elements it holds. */
function htmlAsText(page: Page, html: string) {
  return page.evaluate((source) => {
    const body = new DOMParser().parseFromString(source, 'text/html').body;
    return { elements: body.querySelectorAll('*').length, text: body.textContent };
  }, html);
}

async function checkRss(page: Page, s: HostedSite, f: FeedExpectation) {
  const url = served(s, `${f.dir}feed.xml`);
  const rss = await parseXml(page, await fetchOk(page.request, url, RSS_XML), url);
  expect(rss.name, url).toBe('rss');
  expect(rss.attrs.version, `${url}: RSS version`).toBe('2.0');
  const channel = kid(rss, 'channel', null);
  expect(kidText(channel, 'title', null), `${url}: channel title`).toMatch(f.title);
  expect(kidText(channel, 'link', null), `${url}: channel link`).toBe(f.pageUrl);
  expect(kidText(channel, 'description', null).trim(), `${url}: channel description`).not.toBe('');
  const self = kids(channel, 'link', ATOM).filter((l) => l.attrs.rel === 'self');
  expect(
    self.map((l) => l.attrs.href),
    `${url}: atom:link rel=self`,
  ).toEqual([canonical(s, `${f.dir}feed.xml`)]);

  const items = kids(channel, 'item', null);
  expect(
    items.map((i) => kidText(i, 'title', null)),
    `${url}: item titles, newest first`,
  ).toEqual(f.posts.map((p) => p.title));
  for (const [n, item] of items.entries()) {
    const p = f.posts[n]!;
    const where = `${url} item ${p.slug}`;
    expect(kidText(item, 'link', null), `${where}: link`).toBe(postUrl(s, p));
    const guid = kid(item, 'guid', null);
    expect(guid.text, `${where}: guid`).toBe(postUrl(s, p));
    expect(guid.attrs.isPermaLink ?? 'true', `${where}: guid is the permalink`).toBe('true');
    const pubDate = kidText(item, 'pubDate', null);
    expect(pubDate, `${where}: pubDate is RFC 822`).toMatch(rfc822);
    expectSameInstant(pubDate, p.date, `${where}: pubDate`);
    const description = kidText(item, 'description', null);
    expect(description.trim(), `${where}: description`).not.toBe('');
    const summary = statedSummary(p);
    // An RSS description is HTML, so a plain-text summary arrives HTML-escaped.
    if (!f.full && summary)
      expect(await htmlAsText(page, description), `${where}: description is the summary`).toEqual({ elements: 0, text: summary });
  }
  if (f.full)
    for (const item of items)
      await expectAbsoluteLinks(page, kidText(item, 'description', null), `${url} ${kidText(item, 'link', null)}`);
}

async function checkAtom(page: Page, s: HostedSite, f: FeedExpectation) {
  const url = served(s, `${f.dir}atom.xml`);
  const feed = await parseXml(page, await fetchOk(page.request, url, ATOM_XML), url);
  expect(feed.name, url).toBe('feed');
  expect(feed.ns, `${url}: Atom namespace`).toBe(ATOM);
  expect(kidText(feed, 'title', ATOM), `${url}: title`).toMatch(f.title);
  expect(kidText(feed, 'id', ATOM), `${url}: id is an absolute IRI`).toMatch(/^https?:\/\//);
  const updated = kidText(feed, 'updated', ATOM);
  expect(updated, `${url}: updated is RFC 3339`).toMatch(rfc3339);
  const links = kids(feed, 'link', ATOM);
  expect(
    links.filter((l) => l.attrs.rel === 'self').map((l) => l.attrs.href),
    `${url}: rel=self`,
  ).toEqual([canonical(s, `${f.dir}atom.xml`)]);
  expect(
    links.filter((l) => (l.attrs.rel ?? 'alternate') === 'alternate').map((l) => l.attrs.href),
    `${url}: rel=alternate`,
  ).toEqual([f.pageUrl]);
  const feedAuthor = kids(feed, 'author', ATOM).length > 0;

  const entries = kids(feed, 'entry', ATOM);
  expect(
    entries.map((e) => kidText(e, 'title', ATOM)),
    `${url}: entry titles, newest first`,
  ).toEqual(f.posts.map((p) => p.title));
  entries.forEach((entry, n) => {
    const p = f.posts[n]!;
    const where = `${url} entry ${p.slug}`;
    expect(kidText(entry, 'id', ATOM), `${where}: id`).toBe(postUrl(s, p));
    expect(
      kids(entry, 'link', ATOM)
        .filter((l) => (l.attrs.rel ?? 'alternate') === 'alternate')
        .map((l) => l.attrs.href),
      `${where}: link rel=alternate`,
    ).toEqual([postUrl(s, p)]);
    const published = kidText(entry, 'published', ATOM);
    expect(published, `${where}: published is RFC 3339`).toMatch(rfc3339);
    expectSameInstant(published, p.date, `${where}: published`);
    const entryUpdated = kidText(entry, 'updated', ATOM);
    expect(entryUpdated, `${where}: updated is RFC 3339`).toMatch(rfc3339);
    expectSameInstant(entryUpdated, p.updated ?? p.date, `${where}: updated`);
    expect(Date.parse(updated), `${where}: the feed's updated is not older than the entry's`).toBeGreaterThanOrEqual(
      Date.parse(entryUpdated),
    );
    if (!feedAuthor) expect(kids(entry, 'author', ATOM).length, `${where}: an author`).toBeGreaterThan(0);
    expect(
      kids(entry, 'author', ATOM).map((a) => kidText(a, 'name', ATOM)),
      `${where}: authors`,
    ).toEqual(p.authors);
    const summary = kids(entry, 'summary', ATOM)[0]?.text;
    const content = kids(entry, 'content', ATOM)[0];
    expect(summary ?? content?.text ?? '', `${where}: summary or content`).not.toBe('');
    if (statedSummary(p) && summary !== undefined) expect(summary, `${where}: summary`).toBe(statedSummary(p));
    if (f.full) {
      expect(content, `${where}: full content`).toBeDefined();
      expect(content!.attrs.type, `${where}: content type`).toMatch(/^(html|xhtml)$/);
    }
  });
  if (f.full)
    for (const entry of entries)
      await expectAbsoluteLinks(page, kid(entry, 'content', ATOM).text, `${url} ${kidText(entry, 'id', ATOM)}`);
}

interface JsonFeedItem {
  id?: unknown;
  url?: unknown;
  title?: unknown;
  summary?: unknown;
  content_html?: unknown;
  content_text?: unknown;
  date_published?: unknown;
  date_modified?: unknown;
  authors?: { name?: unknown }[];
  tags?: unknown;
}

async function checkJsonFeed(page: Page, s: HostedSite, f: FeedExpectation) {
  const url = served(s, `${f.dir}feed.json`);
  const feed = JSON.parse(await fetchOk(page.request, url, JSON_TYPE)) as Record<string, unknown> & { items: JsonFeedItem[] };
  expect(feed.version, `${url}: version`).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.title, `${url}: title`).toMatch(f.title);
  expect(feed.home_page_url, `${url}: home_page_url`).toBe(f.pageUrl);
  expect(feed.feed_url, `${url}: feed_url`).toBe(canonical(s, `${f.dir}feed.json`));
  expect(Array.isArray(feed.items), `${url}: items`).toBe(true);
  expect(
    feed.items.map((i) => i.title),
    `${url}: item titles, newest first`,
  ).toEqual(f.posts.map((p) => p.title));
  for (const [n, item] of feed.items.entries()) {
    const p = f.posts[n]!;
    const where = `${url} item ${p.slug}`;
    expect(item.id, `${where}: id`).toBe(postUrl(s, p));
    expect(item.url, `${where}: url`).toBe(postUrl(s, p));
    expect(item.date_published, `${where}: date_published is RFC 3339`).toMatch(rfc3339);
    expectSameInstant(item.date_published as string, p.date, `${where}: date_published`);
    if (p.updated) expectSameInstant(item.date_modified as string, p.updated, `${where}: date_modified`);
    if (item.date_modified !== undefined) expect(item.date_modified, `${where}: date_modified is RFC 3339`).toMatch(rfc3339);
    const content = item.content_html ?? item.content_text;
    expect(typeof content, `${where}: content_html or content_text`).toBe('string');
    expect((content as string).trim(), `${where}: content`).not.toBe('');
    if (statedSummary(p) && item.summary !== undefined) expect(item.summary, `${where}: summary`).toBe(statedSummary(p));
    if (item.authors)
      expect(
        item.authors.map((a) => a.name),
        `${where}: authors`,
      ).toEqual(p.authors);
    if (f.full) {
      expect(typeof item.content_html, `${where}: full content_html`).toBe('string');
      await expectAbsoluteLinks(page, item.content_html as string, where);
    }
  }
}

const tagsOf = (posts: SamplePost[]) => [...new Set(posts.flatMap((p) => p.tags))];
const seriesOf = (posts: SamplePost[]) => [...new Set(posts.flatMap((p) => (p.series ? [p.series] : [])))];
const authorsOf = (posts: SamplePost[]) => [...new Set(posts.flatMap((p) => p.authors))];

for (const s of hostedSites) {
  test.describe(`feeds and sitemap: ${s.name} (${s.root}, base URL ${s.canonicalBase})`, () => {
    const siteFeed: FeedExpectation = {
      pageUrl: s.canonicalBase,
      dir: '',
      title: new RegExp(`^${site.title}$`),
      posts: published.slice(0, feedLength),
      full: siteConfig.feedContent === 'full',
    };

    test('the sample blog has more posts than a feed carries, and one draft', () => {
      expect(published.length).toBe(21);
      expect(draft.draft).toBe(true);
    });

    test('feed.xml: RSS 2.0 with the 20 newest posts, newest first, absolute URLs', async ({ page }) => {
      await checkRss(page, s, siteFeed);
    });

    test('atom.xml: Atom with the 20 newest posts, newest first, absolute URLs', async ({ page }) => {
      await checkAtom(page, s, siteFeed);
    });

    test('feed.json: JSON Feed 1.1 with the 20 newest posts, newest first, absolute URLs', async ({ page }) => {
      await checkJsonFeed(page, s, siteFeed);
    });

    test('a feed per tag, in all three formats, with exactly that tag’s posts', async ({ page }) => {
      test.setTimeout(120_000);
      const tags = tagsOf(published);
      expect(tags).toContain('papers');
      for (const tag of tags) {
        const f: FeedExpectation = {
          pageUrl: canonical(s, `tags/${slugOf(tag)}`),
          dir: `tags/${slugOf(tag)}/`,
          title: new RegExp(escapeRegExp(tag)),
          posts: newestFirst(withTag(tag)).slice(0, feedLength),
          full: false,
        };
        await checkRss(page, s, f);
        await checkAtom(page, s, f);
        await checkJsonFeed(page, s, f);
      }
    });

    test('a feed per series, in all three formats, with exactly that series’ posts', async ({ page }) => {
      test.setTimeout(60_000);
      const series = seriesOf(published);
      expect(series).toContain('Paper every day');
      for (const name of series) {
        const f: FeedExpectation = {
          pageUrl: canonical(s, `series/${slugOf(name)}`),
          dir: `series/${slugOf(name)}/`,
          title: new RegExp(escapeRegExp(name)),
          posts: newestFirst(seriesParts(name)).slice(0, feedLength),
          full: false,
        };
        await checkRss(page, s, f);
        await checkAtom(page, s, f);
        await checkJsonFeed(page, s, f);
      }
    });

    test('sitemap.xml lists every prerendered page, absolute, with lastmod from updated or date', async ({ page }) => {
      test.setTimeout(60_000);
      const url = served(s, 'sitemap.xml');
      const urlset = await parseXml(page, await fetchOk(page.request, url, /^(application|text)\/xml\b/), url);
      expect(urlset.name).toBe('urlset');
      expect(urlset.ns).toBe(SITEMAP);
      const entries = kids(urlset, 'url', SITEMAP).map((u) => ({
        loc: kidText(u, 'loc', SITEMAP),
        lastmod: kids(u, 'lastmod', SITEMAP)[0]?.text,
      }));
      const pages = Math.ceil(published.length / site.postsPerPage);
      const expected = [
        '',
        ...Array.from({ length: pages - 1 }, (_, i) => `page/${i + 2}`),
        ...published.map((p) => `posts/${p.slug}`),
        'tags',
        ...tagsOf(published).map((t) => `tags/${slugOf(t)}`),
        'series',
        ...seriesOf(published).map((n) => `series/${slugOf(n)}`),
        ...authorsOf(published).map((n) => `authors/${slugOf(n)}`),
        'archive',
      ].map((p) => canonical(s, p));
      expect(entries.map((e) => e.loc).sort(), `${url}: exactly the prerendered pages`).toEqual([...expected].sort());
      expect(new Set(entries.map((e) => e.loc)).size, `${url}: no duplicates`).toBe(entries.length);
      for (const e of entries) {
        if (e.lastmod !== undefined) expect(e.lastmod, `${e.loc}: lastmod is a W3C datetime`).toMatch(w3cDatetime);
      }
      for (const p of published) {
        const entry = entries.find((e) => e.loc === postUrl(s, p))!;
        expectSameInstant(entry.lastmod, p.updated ?? p.date, `${entry.loc}: lastmod`);
      }
      // Every listed URL answers 200 (folder URLs after the host's redirect).
      for (const e of entries) {
        const local = served(s, e.loc.slice(s.canonicalBase.length));
        expect((await page.request.get(local)).status(), `${e.loc} served at ${local}`).toBe(200);
      }
    });

    test('robots.txt points at the absolute sitemap URL', async ({ request }) => {
      const text = await fetchOk(request, served(s, 'robots.txt'), /^text\/plain\b/);
      const lines = text.split(/\r?\n/).map((l) => l.trim());
      expect(lines.filter((l) => /^sitemap:/i.test(l)).map((l) => l.replace(/^sitemap:\s*/i, ''))).toEqual([
        canonical(s, 'sitemap.xml'),
      ]);
      expect(lines.some((l) => /^user-agent:/i.test(l))).toBe(true);
    });

    test('the draft has no page and no Markdown file', async ({ request }) => {
      for (const p of [`posts/${draft.slug}`, `posts/${draft.slug}/`, `posts/${draft.slug}.md`]) {
        expect((await request.get(served(s, p))).status(), served(s, p)).toBe(404);
      }
    });
  });
}

test.describe('drafts', () => {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const dirs = ['dist', '.cache/e2e/subpath'];

  function* walk(dir: string): Generator<string> {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) yield* walk(full);
      else yield full;
    }
  }

  for (const dir of dirs) {
    test(`the draft appears nowhere in ${dir}/: no file, feed, sitemap, data file or HTML mentions it`, () => {
      const distinctive = draft.title.replace(/^Lets Go: /, ''); // "Slices and Maps"
      const hits: string[] = [];
      let files = 0;
      for (const file of walk(path.join(root, dir))) {
        files++;
        const relative = path.relative(root, file);
        if (relative.includes(draft.slug)) hits.push(`file ${relative}`);
        if (/\.(png|jpe?g|webp|gif|ico|woff2?)$/.test(file)) continue;
        const text = readFileSync(file, 'utf8');
        if (text.includes(draft.slug)) hits.push(`${relative} mentions ${draft.slug}`);
        if (text.includes(distinctive)) hits.push(`${relative} mentions "${distinctive}"`);
      }
      expect(files).toBeGreaterThan(50);
      expect(hits).toEqual([]);
    });
  }
});

// ---------------------------------------------------------------------------------------
// Escaping: the hostile post

const hostileRoot = siteUrl('hostile');
const hostile = frontMatter('e2e/fixtures/hostile/escape-everything.md') as {
  title: string;
  summary: string;
  tags: string[];
  series: string;
  author: string;
  date: string;
};
const hostileUrl = new URL('posts/escape-everything', hostileRoot).href;

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `<script>` blocks of raw HTML, found the way an HTML parser finds their end. */
function scriptBlocks(html: string) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script/gi)].map((m) => ({ attrs: m[1]!, text: m[2]! }));
}

test.describe('escaping: a post whose front matter holds ", <, & and </script>', () => {
  test('the fixture is as hostile as it claims', () => {
    for (const value of [hostile.title, hostile.summary]) {
      for (const c of ['"', '<', '&', '</script>']) expect(value).toContain(c);
    }
  });

  test('RSS: title, author and tags come back exact after parsing', async ({ page }) => {
    const url = new URL('feed.xml', hostileRoot).href;
    const channel = kid(await parseXml(page, await fetchOk(page.request, url, RSS_XML), url), 'channel', null);
    const item = kids(channel, 'item', null).find((i) => kidText(i, 'link', null) === hostileUrl);
    expect(item, 'the hostile post is in the feed').toBeDefined();
    expect(kidText(item!, 'title', null)).toBe(hostile.title);
    expect(kidText(item!, 'guid', null)).toBe(hostileUrl);
    expect(kids(item!, 'creator', 'http://purl.org/dc/elements/1.1/').map((c) => c.text)).toEqual([hostile.author]);
    expect(kids(item!, 'category', null).map((c) => c.text)).toEqual(hostile.tags);
    expect(kidText(item!, 'description', null)).not.toMatch(/<script|onerror=/i);
  });

  test('Atom: title, summary, author and tags come back exact after parsing', async ({ page }) => {
    const url = new URL('atom.xml', hostileRoot).href;
    const feed = await parseXml(page, await fetchOk(page.request, url, ATOM_XML), url);
    const entry = kids(feed, 'entry', ATOM).find((e) => kidText(e, 'id', ATOM) === hostileUrl);
    expect(entry, 'the hostile post is in the feed').toBeDefined();
    const title = kid(entry!, 'title', ATOM);
    expect(title.attrs.type ?? 'text').toBe('text');
    expect(title.text).toBe(hostile.title);
    const summary = kid(entry!, 'summary', ATOM);
    expect(summary.attrs.type ?? 'text').toBe('text');
    expect(summary.text).toBe(hostile.summary);
    expect(kids(entry!, 'author', ATOM).map((a) => kidText(a, 'name', ATOM))).toEqual([hostile.author]);
    expect(kids(entry!, 'category', ATOM).map((c) => c.attrs.term)).toEqual(hostile.tags);
  });

  test('JSON Feed: title, summary, author and tags come back exact', async ({ request }) => {
    const feed = JSON.parse(await fetchOk(request, new URL('feed.json', hostileRoot).href, JSON_TYPE)) as {
      items: JsonFeedItem[];
    };
    const item = feed.items.find((i) => i.url === hostileUrl)!;
    expect(item, 'the hostile post is in the feed').toBeDefined();
    expect(item.id).toBe(hostileUrl);
    expect(item.title).toBe(hostile.title);
    expect(item.summary).toBe(hostile.summary);
    expect(item.authors?.map((a) => a.name)).toEqual([hostile.author]);
    expect(item.tags).toEqual(hostile.tags);
    if (typeof item.content_html === 'string') expect(item.content_html).not.toMatch(/<script|onerror=/i);
  });

  test('tag and series feeds and the sitemap parse, and name the tag and series exactly', async ({ page }) => {
    const raw = await parseHtml(page, await fetchOk(page.request, hostileUrl, /^text\/html\b/));
    const tagLinks = [...new Set(raw.mainLinks.filter((h) => /^\/tags\/[^/]+$/.test(h)))];
    const seriesLinks = [...new Set(raw.mainLinks.filter((h) => /^\/series\/[^/]+$/.test(h)))];
    expect(tagLinks).toHaveLength(hostile.tags.length);
    expect(seriesLinks).toHaveLength(1);
    for (const [link, name] of [...tagLinks.map((l, i) => [l, hostile.tags[i]!]), [seriesLinks[0]!, hostile.series]]) {
      expect(link, 'slugs are plain').toMatch(/^\/(tags|series)\/[a-z0-9-]+$/);
      const dir = `${link!.slice(1)}/`;
      const rssUrl = new URL(`${dir}feed.xml`, hostileRoot).href;
      const channel = kid(await parseXml(page, await fetchOk(page.request, rssUrl, RSS_XML), rssUrl), 'channel', null);
      expect(kidText(channel, 'title', null), rssUrl).toContain(name);
      expect(
        kids(channel, 'item', null).map((i) => kidText(i, 'title', null)),
        rssUrl,
      ).toContain(hostile.title);
      const atomUrl = new URL(`${dir}atom.xml`, hostileRoot).href;
      const feed = await parseXml(page, await fetchOk(page.request, atomUrl, ATOM_XML), atomUrl);
      expect(kidText(feed, 'title', ATOM), atomUrl).toContain(name);
      expect(
        kids(feed, 'entry', ATOM).map((e) => kidText(e, 'title', ATOM)),
        atomUrl,
      ).toContain(hostile.title);
      const jsonUrl = new URL(`${dir}feed.json`, hostileRoot).href;
      const json = JSON.parse(await fetchOk(page.request, jsonUrl, JSON_TYPE)) as { title: string; items: JsonFeedItem[] };
      expect(json.title, jsonUrl).toContain(name);
      expect(
        json.items.map((i) => i.title),
        jsonUrl,
      ).toContain(hostile.title);
    }
    const sitemapUrl = new URL('sitemap.xml', hostileRoot).href;
    const urlset = await parseXml(page, await fetchOk(page.request, sitemapUrl, /xml/), sitemapUrl);
    const locs = kids(urlset, 'url', SITEMAP).map((u) => kidText(u, 'loc', SITEMAP));
    expect(locs).toContain(hostileUrl);
    for (const link of [...tagLinks, ...seriesLinks]) expect(locs).toContain(new URL(link.slice(1), hostileRoot).href);
    expectSameInstant(
      kids(urlset, 'url', SITEMAP)
        .find((u) => kidText(u, 'loc', SITEMAP) === hostileUrl)!
        .children.find((c) => c.name === 'lastmod')?.text,
      hostile.date,
      'sitemap lastmod',
    );
  });

  test('the post page head: <title>, description, Open Graph, Twitter and JSON-LD come back exact', async ({ page }) => {
    const html = await fetchOk(page.request, hostileUrl, /^text\/html\b/);
    const raw = await parseHtml(page, html);
    expect(raw.titles).toEqual([`${hostile.title} · ${site.title}`]);
    expect(metaValue(raw, 'description')).toBe(hostile.summary);
    expect(metaValue(raw, 'og:title')).toBe(hostile.title);
    expect(metaValue(raw, 'og:description')).toBe(hostile.summary);
    expect(metaValue(raw, 'twitter:title')).toBe(hostile.title);
    expect(metaValue(raw, 'twitter:description')).toBe(hostile.summary);
    expect(metaValues(raw, 'article:tag')).toEqual(hostile.tags);
    for (const author of metaValues(raw, 'article:author')) expect(author).toBe(hostile.author);
    const [ld] = jsonLd(raw);
    expect(ld).toMatchObject({
      '@type': 'BlogPosting',
      headline: hostile.title,
      description: hostile.summary,
      author: { name: hostile.author },
      url: hostileUrl,
    });
    // The page body, before scripts: the heading is the title as text, and nothing injected.
    expect(raw.h1).toEqual([hostile.title]);
    expect(raw.mainText).toContain(hostile.author);
    const injected = await page.evaluate(
      (source) =>
        new DOMParser()
          .parseFromString(source, 'text/html')
          .querySelectorAll('body script:not([type="application/json"]):not([src]), [onerror], [onload], svg').length,
      html,
    );
    expect(injected, 'no element or handler injected by the values').toBe(0);
  });

  for (const pagePath of ['posts/escape-everything', '', 'tags', 'series', 'archive', 'nope']) {
    test(`/${pagePath}: no </script> inside JSON-LD or the boot data; every script block parses`, async ({ page }) => {
      const url = new URL(pagePath, hostileRoot).href;
      const response = await page.request.get(url);
      expect(response.status()).toBe(pagePath === 'nope' ? 404 : 200);
      const html = await response.text();
      const blocks = scriptBlocks(html);
      const dataBlocks = blocks.filter((b) => /type="application\/(ld\+)?json"/.test(b.attrs));
      expect(dataBlocks.length, 'JSON-LD and boot data blocks').toBeGreaterThanOrEqual(pagePath === 'nope' ? 1 : 2);
      for (const block of dataBlocks) {
        // The block ends where an HTML parser ends it: at the first "</script".
        expect(() => JSON.parse(block.text), `${block.attrs}: parses as a whole`).not.toThrow();
        expect(block.text).not.toMatch(/<\/script|<script|<!--/i);
      }
      // The browser's parser sees the same blocks with the same text.
      const raw = await parseHtml(page, html);
      expect(raw.scripts.map((s) => s.text)).toEqual(blocks.map((b) => b.text));
      if (pagePath !== 'nope') expect(jsonLd(raw)).toHaveLength(1);
      // The boot data carries the hostile values intact (JSON-escaped, never raw HTML).
      const boot = dataBlocks.find((b) => /id="QuireBoot"/.test(b.attrs));
      if (boot && ['posts/escape-everything', '', 'archive'].includes(pagePath)) {
        expect(JSON.stringify(JSON.parse(boot.text))).toContain(JSON.stringify(hostile.title).slice(1, -1));
      }
    });
  }

  test('in the browser: no script runs from the values, and the title follows in-app navigation exactly', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(hostileUrl);
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', /^(true|false)$/);
    await expect(page).toHaveTitle(`${hostile.title} · ${site.title}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile.title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', hostile.summary);
    await currentPage(page)
      .locator('.post-header')
      .getByRole('link', { name: `#${hostile.tags[0]}` })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Posts tagged “${hostile.tags[0]}”`);
    await expect(page).toHaveTitle(`Posts tagged “${hostile.tags[0]}” · ${site.title}`);
    await currentPage(page).getByRole('link', { name: hostile.title }).click();
    await expect(page).toHaveTitle(`${hostile.title} · ${site.title}`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', hostile.title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', hostile.summary);
    expect(dialogs).toEqual([]);
  });
});
