// @vitest-environment jsdom
/** sitemap.xml against the sitemap protocol (urlset, absolute locs, W3C datetime lastmod) and robots.txt. */
import { describe, expect, it } from 'vitest';
import { testBlog as blog, testSite as site } from './feed-fixtures.ts';
import { robotsTxt, sitemap } from './sitemap.ts';

const paths = [
  '/',
  '/posts/lets-go',
  '/posts/first-post',
  '/tags',
  '/tags/go',
  '/series',
  '/series/lets-go',
  '/archive',
  '/page/2',
];
const ns = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function parse(text: string) {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const entries = (doc: Document) =>
  [...doc.getElementsByTagNameNS(ns, 'url')].map((url) => ({
    loc: url.getElementsByTagNameNS(ns, 'loc')[0]?.textContent,
    lastmod: url.getElementsByTagNameNS(ns, 'lastmod')[0]?.textContent,
    children: [...url.children].map((c) => c.localName),
  }));

/** W3C Datetime, as the sitemap protocol asks: a date, or a date-time with its offset. */
const w3cDatetime = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

describe('sitemap', () => {
  const doc = parse(sitemap(blog, site, paths));

  it('is a urlset in the sitemap namespace, declared as UTF-8', () => {
    expect(sitemap(blog, site, paths)).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<urlset /);
    expect(doc.documentElement.localName).toBe('urlset');
    expect(doc.documentElement.namespaceURI).toBe(ns);
  });

  it('lists every page once, as an absolute URL under the base URL', () => {
    const locs = entries(doc).map((e) => e.loc);
    expect(locs).toEqual(paths.map((p) => `https://example.com/blog/${p.slice(1)}`));
    expect(new Set(locs).size).toBe(locs.length);
    for (const loc of locs) expect(new URL(loc!).href).toBe(loc);
  });

  it('holds only loc and lastmod, loc first', () => {
    for (const e of entries(doc)) expect(['loc', 'loc,lastmod']).toContain(e.children.join());
  });

  it('dates each page by its newest post, in W3C datetime', () => {
    const byLoc = new Map(entries(doc).map((e) => [e.loc, e.lastmod]));
    expect(byLoc.get('https://example.com/blog/posts/lets-go')).toBe('2024-03-05');
    expect(byLoc.get('https://example.com/blog/posts/first-post')).toBe('2023-12-31');
    // The home page and archive: the newest change of any post.
    expect(byLoc.get('https://example.com/blog/')).toBe('2024-03-05');
    expect(byLoc.get('https://example.com/blog/archive')).toBe('2024-03-05');
    expect(byLoc.get('https://example.com/blog/tags/go')).toBe('2024-03-05');
    // Pages with no dated posts of their own carry no lastmod rather than a made-up one.
    expect(byLoc.get('https://example.com/blog/tags')).toBeUndefined();
    for (const e of entries(doc)) if (e.lastmod) expect(e.lastmod).toMatch(w3cDatetime);
  });

  it('escapes what XML needs escaped in a URL', () => {
    const odd = parse(sitemap(blog, { ...site, baseUrl: 'https://example.com/a&b/' }, ['/']));
    expect(entries(odd)[0]!.loc).toBe('https://example.com/a&b/');
  });
});

describe('robots.txt', () => {
  it('allows everything and names the sitemap by its absolute URL', () => {
    expect(robotsTxt(site)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.com/blog/sitemap.xml\n');
  });
});
