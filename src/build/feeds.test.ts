// @vitest-environment jsdom
/**
 * Each feed format's required fields (RSS 2.0, Atom 1.0, JSON Feed 1.1), read back with
 * an XML parser / JSON.parse, and no relative URL anywhere in them: feed readers resolve
 * a relative URL (a bare `#fragment` too) against the feed's own URL. Then a post's
 * authors, and its date read in the site's time zone.
 */
import { describe, expect, it } from 'vitest';
import type { PostSummary } from '../schema/post.ts';
import { renderPostHtml } from './feed-html.ts';
import { newer, older, testSite as site } from './feed-fixtures.ts';
import { feedFiles, type FeedSpec } from './feeds.ts';

const postHtml =
  '<h2 id="intro">Intro<a href="https://example.com/blog/posts/lets-go#intro">#</a></h2><p>Text<sup><a href="https://example.com/blog/posts/lets-go#user-content-fn-1">1</a></sup> <img src="https://example.com/blog/posts/a.png" alt=""></p>';

const siteFeed: FeedSpec = {
  title: site.title,
  description: site.description,
  pagePath: '/',
  dir: '',
  items: [
    { post: newer, html: postHtml },
    { post: older, html: '<p>Old.</p>' },
  ],
};
const tagFeed: FeedSpec = {
  title: `${site.title}: posts tagged “go”`,
  description: 'Posts tagged go.',
  pagePath: '/tags/go',
  dir: 'tags/go/',
  items: [{ post: newer }],
};
const emptyFeed: FeedSpec = { ...siteFeed, items: [] };

function xml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}
const text = (parent: Element | Document, tag: string) => parent.getElementsByTagName(tag)[0]?.textContent ?? undefined;
const children = (parent: Element, tag: string) => [...parent.children].filter((c) => c.localName === tag);

/** Every URL in an HTML fragment (href, src), as a feed reader would see them. */
function urlsIn(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return [...doc.querySelectorAll('[href], [src]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src')!);
}
const absolute = /^(https?:\/\/|mailto:)/;
const rfc822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

describe('feedFiles', () => {
  it('writes the three formats into the feed folder', () => {
    expect([...feedFiles(siteFeed, site).keys()]).toEqual(['feed.xml', 'atom.xml', 'feed.json']);
    expect([...feedFiles(tagFeed, site).keys()]).toEqual(['tags/go/feed.xml', 'tags/go/atom.xml', 'tags/go/feed.json']);
  });
});

describe('RSS 2.0', () => {
  const rss = (spec: FeedSpec) => xml(feedFiles(spec, site).get(`${spec.dir}feed.xml`)!);

  it('has a channel with title, link, description, language and an atom:link to itself', () => {
    const doc = rss(siteFeed);
    expect(doc.documentElement.localName).toBe('rss');
    expect(doc.documentElement.getAttribute('version')).toBe('2.0');
    const channel = doc.getElementsByTagName('channel')[0]!;
    expect(text(channel, 'title')).toBe('Notes & <Things>');
    expect(text(channel, 'link')).toBe('https://example.com/blog/');
    expect(text(channel, 'description')).toBe('A blog about "systems".');
    expect(text(channel, 'language')).toBe('en');
    const self = channel.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0]!;
    expect([self.getAttribute('rel'), self.getAttribute('href'), self.getAttribute('type')]).toEqual([
      'self',
      'https://example.com/blog/feed.xml',
      'application/rss+xml',
    ]);
    expect(text(channel, 'lastBuildDate')).toMatch(rfc822);
  });

  it('gives each item a title, link, permalink guid, RFC 822 pubDate, creator and description', () => {
    const items = [...rss(siteFeed).getElementsByTagName('item')];
    expect(items).toHaveLength(2);
    const [item] = items;
    expect(text(item!, 'title')).toBe('Lets Go: <part one>');
    expect(text(item!, 'link')).toBe('https://example.com/blog/posts/lets-go');
    const guid = item!.getElementsByTagName('guid')[0]!;
    expect([guid.textContent, guid.getAttribute('isPermaLink')]).toEqual(['https://example.com/blog/posts/lets-go', 'true']);
    expect(text(item!, 'pubDate')).toBe('Sat, 02 Mar 2024 16:30:00 GMT');
    expect(item!.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'creator')[0]?.textContent).toBe('Guest');
    expect(children(item!, 'category').map((c) => c.textContent)).toEqual(['go']);
    expect(text(item!, 'description')).toBe(postHtml);
    for (const i of items) expect(text(i, 'pubDate')).toMatch(rfc822);
  });

  it('carries a summary as HTML-escaped text when there is no full content', () => {
    const [item] = [...rss(tagFeed).getElementsByTagName('item')];
    const shown = new DOMParser().parseFromString(text(item!, 'description')!, 'text/html').body;
    expect(shown.children).toHaveLength(0);
    expect(shown.textContent).toBe(newer.summary);
  });

  it('is valid with no items', () => {
    const channel = rss(emptyFeed).getElementsByTagName('channel')[0]!;
    expect(children(channel, 'item')).toHaveLength(0);
    expect(text(channel, 'title')).toBe(site.title);
  });
});

describe('Atom 1.0', () => {
  const atom = (spec: FeedSpec) => xml(feedFiles(spec, site).get(`${spec.dir}atom.xml`)!);

  it('has a feed id, title, updated, author and links to its page and itself', () => {
    const feed = atom(tagFeed).documentElement;
    expect(feed.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    expect(children(feed, 'id')[0]?.textContent).toBe('https://example.com/blog/tags/go');
    expect(children(feed, 'title')[0]?.textContent).toBe('Notes & <Things>: posts tagged “go”');
    expect(children(feed, 'updated')[0]?.textContent).toBe('2024-03-05T00:00:00Z');
    expect(children(children(feed, 'author')[0]!, 'name')[0]?.textContent).toBe('Ada');
    expect(children(feed, 'link').map((l) => [l.getAttribute('rel'), l.getAttribute('href')])).toEqual([
      ['alternate', 'https://example.com/blog/tags/go'],
      ['self', 'https://example.com/blog/tags/go/atom.xml'],
    ]);
  });

  it('gives each entry an id, title, updated, published, author, link and summary or content', () => {
    const entries = [...atom(siteFeed).getElementsByTagName('entry')];
    expect(entries).toHaveLength(2);
    const [entry] = entries;
    expect(children(entry!, 'id')[0]?.textContent).toBe('https://example.com/blog/posts/lets-go');
    expect(children(entry!, 'title')[0]?.textContent).toBe('Lets Go: <part one>');
    expect(children(entry!, 'published')[0]?.textContent).toBe('2024-03-02T09:30:00-07:00');
    expect(children(entry!, 'updated')[0]?.textContent).toBe('2024-03-05T00:00:00Z');
    expect(children(children(entry!, 'author')[0]!, 'name')[0]?.textContent).toBe('Guest');
    expect(children(entry!, 'link')[0]?.getAttribute('href')).toBe('https://example.com/blog/posts/lets-go');
    expect(children(entry!, 'summary')[0]?.textContent).toBe(newer.summary);
    const content = children(entry!, 'content')[0]!;
    expect([content.getAttribute('type'), content.textContent]).toEqual(['html', postHtml]);
    for (const e of entries)
      for (const tag of ['updated', 'published']) expect(children(e, tag)[0]?.textContent).toMatch(rfc3339);
  });

  it('has an updated date even with no entries', () => {
    expect(children(atom(emptyFeed).documentElement, 'updated')[0]?.textContent).toMatch(rfc3339);
  });
});

describe('JSON Feed 1.1', () => {
  const json = (spec: FeedSpec) =>
    JSON.parse(feedFiles(spec, site).get(`${spec.dir}feed.json`)!) as Record<string, unknown> & {
      items: Record<string, unknown>[];
    };

  it('has version, title, home_page_url, feed_url, authors and items', () => {
    const feed = json(tagFeed);
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Notes & <Things>: posts tagged “go”',
      home_page_url: 'https://example.com/blog/tags/go',
      feed_url: 'https://example.com/blog/tags/go/feed.json',
      language: 'en',
      authors: [{ name: 'Ada' }],
    });
    expect(Array.isArray(feed.items)).toBe(true);
  });

  it('gives each item an id, url, title, content and dates', () => {
    const [item, second] = json(siteFeed).items;
    expect(item).toEqual({
      id: 'https://example.com/blog/posts/lets-go',
      url: 'https://example.com/blog/posts/lets-go',
      title: 'Lets Go: <part one>',
      summary: newer.summary,
      content_html: postHtml,
      date_published: '2024-03-02T09:30:00-07:00',
      date_modified: '2024-03-05T00:00:00Z',
      authors: [{ name: 'Guest', url: 'https://example.com/blog/authors/guest' }],
      tags: ['go'],
    });
    expect(second!.date_modified).toBeUndefined();
    expect(json(tagFeed).items[0]!.content_text).toBe(newer.summary);
  });
});

describe('no relative URL in any feed', () => {
  for (const spec of [siteFeed, tagFeed]) {
    it(`${spec.dir || 'site'} feeds`, () => {
      const files = feedFiles(spec, site);
      const urls: string[] = [];
      for (const name of ['feed.xml', 'atom.xml']) {
        const doc = xml(files.get(spec.dir + name)!);
        for (const el of doc.querySelectorAll('link, guid, id'))
          if (el.textContent?.trim() && !el.getAttribute('href')) urls.push(el.textContent.trim());
        for (const el of doc.querySelectorAll('[href]')) urls.push(el.getAttribute('href')!);
        for (const el of doc.querySelectorAll('description, content')) urls.push(...urlsIn(el.textContent ?? ''));
      }
      const json = JSON.parse(files.get(`${spec.dir}feed.json`)!) as {
        home_page_url: string;
        feed_url: string;
        items: { id: string; url: string; content_html?: string }[];
      };
      urls.push(json.home_page_url, json.feed_url, ...json.items.flatMap((i) => [i.id, i.url, ...urlsIn(i.content_html ?? '')]));
      expect(urls.length).toBeGreaterThan(5);
      for (const url of urls) expect(url).toMatch(absolute);
    });
  }
});

describe('feed content as the build renders it (renderPostHtml)', () => {
  it('writes heading and footnote links as the post URL plus the fragment', async () => {
    const html = await renderPostHtml(
      '## Intro\n\nText[^1], [back](#intro), ![a](a.png).\n\n[^1]: Note.',
      site.baseUrl,
      'https://example.com/blog/posts/lets-go',
      { dir: '', title: 'Lets Go' },
    );
    const urls = urlsIn(html);
    expect(urls.filter((url) => url.includes('#')).length).toBeGreaterThanOrEqual(4);
    for (const url of urls) expect(url).toMatch(absolute);
    expect(urls).toContain('https://example.com/blog/posts/lets-go#intro');
    expect(urls).toContain('https://example.com/blog/posts/a.png');
  });

  it("resolves a folder post's images and links from its folder", async () => {
    const html = await renderPostHtml('![a](a.png) [next](../next.md)', site.baseUrl, 'https://example.com/blog/posts/trip', {
      dir: 'trip/',
      title: 'Trip',
    });
    expect(urlsIn(html)).toEqual(['https://example.com/blog/posts/trip/a.png', 'https://example.com/blog/posts/next']);
  });
});

/** A site in Tokyo's time zone, and posts that differ only in what a test looks at. */
const tokyo = { ...site, timeZone: 'Asia/Tokyo' };
const post = (slug: string, date: string, extra: Partial<PostSummary> = {}): PostSummary => ({
  slug,
  title: slug,
  date,
  summary: `About ${slug}.`,
  authors: [{ name: 'Ann', slug: 'ann' }],
  tags: [],
  words: 10,
  readingMinutes: 1,
  ...extra,
});
const files = (posts: PostSummary[]) =>
  feedFiles({ title: 'Blog', description: 'A blog', pagePath: '/', dir: '', items: posts.map((p) => ({ post: p })) }, tokyo);

describe('feedFiles: authors', () => {
  it('names every author of a post with the URL of their page, in each format', () => {
    const out = files([
      post('two', '2024-05-01', {
        authors: [
          { name: 'Ann', slug: 'ann' },
          { name: 'Bob & Co', slug: 'bob-and-co' },
        ],
      }),
    ]);
    expect(out.get('feed.xml')).toContain('<dc:creator>Ann</dc:creator>\n<dc:creator>Bob &amp; Co</dc:creator>');
    expect(out.get('atom.xml')).toContain(
      '<author><name>Ann</name><uri>https://example.com/blog/authors/ann</uri></author>\n<author><name>Bob &amp; Co</name><uri>https://example.com/blog/authors/bob-and-co</uri></author>',
    );
    const json = JSON.parse(out.get('feed.json')!) as { items: { authors: unknown }[] };
    expect(json.items[0]!.authors).toEqual([
      { name: 'Ann', url: 'https://example.com/blog/authors/ann' },
      { name: 'Bob & Co', url: 'https://example.com/blog/authors/bob-and-co' },
    ]);
  });
});

describe('feedFiles: dates in the site time zone', () => {
  it('writes a date without an offset as the instant it names in the site zone', () => {
    const out = files([
      post('local', '2024-05-01T09:30'),
      post('bare', '2024-04-01'),
      post('offset', '2024-03-01T10:00:00+02:00'),
    ]);
    const json = JSON.parse(out.get('feed.json')!) as { items: { date_published: string }[] };
    expect(json.items.map((i) => i.date_published)).toEqual([
      '2024-05-01T00:30:00Z',
      '2024-03-31T15:00:00Z',
      '2024-03-01T10:00:00+02:00',
    ]);
    expect(out.get('atom.xml')).toContain('<updated>2024-05-01T00:30:00Z</updated>');
    expect(out.get('feed.xml')).toContain('<pubDate>Wed, 01 May 2024 00:30:00 GMT</pubDate>');
    expect(out.get('feed.xml')).toContain('<pubDate>Sun, 31 Mar 2024 15:00:00 GMT</pubDate>');
  });
});
