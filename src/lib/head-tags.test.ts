// @vitest-environment jsdom
/**
 * The head each page gets (pageHeadTags), read back with the browser's HTML parser:
 * title, description (at most about 160 characters, cut at a word), canonical link,
 * Open Graph and Twitter tags, JSON-LD of the right type per kind of page, feed links.
 */
import { describe, expect, it } from 'vitest';
import type { Head } from './head.ts';
import { descriptionLength, feedLinks, metaDescription, ogLocale, pageHeadTags, type HeadSite } from './head-tags.ts';

const site: HeadSite = { title: 'Quire & Co', author: 'Ada', baseUrl: 'https://example.com/blog/', language: 'en' };
const long =
  'A post without a summary uses its whole first paragraph, which can run on for many sentences: this one goes on past the ' +
  'hundred and sixty characters that search engines and link previews show, and then some more words.';

function parseHead(head: Head, s: HeadSite = site) {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html><head>${pageHeadTags(head, s)}</head><body></body></html>`,
    'text/html',
  );
  const meta = (key: string) =>
    [...doc.head.querySelectorAll(`meta[name="${key}"], meta[property="${key}"]`)].map((m) => m.getAttribute('content'));
  const scripts = [...doc.head.querySelectorAll('script[type="application/ld+json"]')];
  return {
    title: [...doc.head.querySelectorAll('title')].map((t) => t.textContent),
    meta,
    canonical: [...doc.head.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute('href')),
    alternates: [...doc.head.querySelectorAll('link[rel="alternate"]')].map((l) => [
      l.getAttribute('type'),
      l.getAttribute('href'),
    ]),
    jsonLd: scripts.map((s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>),
    bodyIsEmpty: doc.body.childNodes.length === 0,
  };
}

const post: Head = {
  title: 'Lets Go',
  description: long,
  path: '/posts/lets-go',
  type: 'article',
  published: '2022-07-24T21:42:07-07:00',
  modified: '2022-08-01',
  authors: [{ name: 'Guest <Writer>', path: '/authors/guest-writer' }],
  tags: ['go', 'learning'],
  image: 'images/go.png',
  kind: 'post',
};
const tagPage: Head = {
  title: 'Posts tagged “go”',
  description: '3 posts tagged go.',
  path: '/tags/go',
  type: 'website',
  kind: 'list',
  feedDir: 'tags/go/',
};
const home: Head = { title: 'Quire & Co', description: 'A blog.', path: '/', type: 'website', kind: 'list' };
const notFound: Head = {
  title: 'Page not found',
  description: 'There is nothing at this address.',
  path: '/404',
  type: 'website',
  kind: 'other',
  noindex: true,
};

describe('metaDescription', () => {
  it('keeps a description that fits as it is (whitespace collapsed)', () => {
    expect(metaDescription('  A short\n description. ')).toBe('A short description.');
    const exactly = 'x'.repeat(descriptionLength);
    expect(metaDescription(exactly)).toBe(exactly);
  });

  it('cuts a long one at the last word boundary, with an ellipsis, within the limit', () => {
    const cut = metaDescription(long);
    expect(cut.length).toBeLessThanOrEqual(descriptionLength);
    expect(cut.length).toBeGreaterThan(descriptionLength - 25);
    expect(cut.endsWith('…')).toBe(true);
    const kept = cut.slice(0, -1);
    expect(long.startsWith(kept)).toBe(true);
    // The cut falls between words, not inside one.
    expect(long[kept.length]).toMatch(/[\s,.;:]/);
    expect(cut).toBe(
      'A post without a summary uses its whole first paragraph, which can run on for many sentences: this one goes on past the hundred and sixty characters that…',
    );
  });

  it('does not leave punctuation before the ellipsis', () => {
    const text = `${'word '.repeat(30)}end, and more words after the comma that go past the limit for sure.`;
    expect(metaDescription(text)).not.toMatch(/[,;:.\s]…$/);
  });

  it('cuts inside a word only when one word is longer than half the limit', () => {
    const cut = metaDescription(`short ${'x'.repeat(300)}`);
    expect(cut.length).toBe(descriptionLength);
    expect(cut.endsWith('x…')).toBe(true);
  });
});

describe('ogLocale', () => {
  it.each([
    ['en', 'en_US'],
    ['en-GB', 'en_GB'],
    ['en_us', 'en_US'],
    ['fr', 'fr_FR'],
    ['de-AT', 'de_AT'],
    ['ja', 'ja_JP'],
    ['pt-BR', 'pt_BR'],
  ])('%j → %j', (language, locale) => {
    expect(ogLocale(language)).toBe(locale);
  });
});

describe('pageHeadTags: a post', () => {
  const head = parseHead(post);

  it('has one title, with the site title, escaped for HTML', () => {
    expect(head.title).toEqual(['Lets Go · Quire & Co']);
    expect(head.bodyIsEmpty).toBe(true);
  });

  it('describes the page in at most ~160 characters, the same everywhere', () => {
    const description = metaDescription(long);
    expect(head.meta('description')).toEqual([description]);
    expect(head.meta('og:description')).toEqual([description]);
    expect(head.meta('twitter:description')).toEqual([description]);
    expect(head.jsonLd[0]!.description).toBe(description);
  });

  it('has an absolute canonical link and og:url under the base URL', () => {
    expect(head.canonical).toEqual(['https://example.com/blog/posts/lets-go']);
    expect(head.meta('og:url')).toEqual(['https://example.com/blog/posts/lets-go']);
    expect(head.meta('robots')).toEqual([]);
  });

  it('has the Open Graph and Twitter tags of an article', () => {
    expect(head.meta('og:site_name')).toEqual(['Quire & Co']);
    expect(head.meta('og:title')).toEqual(['Lets Go']);
    expect(head.meta('og:type')).toEqual(['article']);
    expect(head.meta('og:locale')).toEqual(['en_US']);
    expect(head.meta('og:image')).toEqual(['https://example.com/blog/posts/images/go.png']);
    expect(head.meta('article:published_time')).toEqual(['2022-07-24T21:42:07-07:00']);
    expect(head.meta('article:modified_time')).toEqual(['2022-08-01T00:00:00Z']);
    expect(head.meta('article:author')).toEqual(['Guest <Writer>']);
    expect(head.meta('article:tag')).toEqual(['go', 'learning']);
    expect(head.meta('twitter:card')).toEqual(['summary_large_image']);
    expect(head.meta('twitter:title')).toEqual(['Lets Go']);
    expect(head.meta('twitter:image')).toEqual(['https://example.com/blog/posts/images/go.png']);
  });

  it('is a BlogPosting in JSON-LD, part of the blog', () => {
    expect(head.jsonLd).toHaveLength(1);
    expect(head.jsonLd[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'Lets Go',
      url: 'https://example.com/blog/posts/lets-go',
      datePublished: '2022-07-24T21:42:07-07:00',
      dateModified: '2022-08-01T00:00:00Z',
      author: { '@type': 'Person', name: 'Guest <Writer>' },
      keywords: 'go, learning',
      image: 'https://example.com/blog/posts/images/go.png',
      isPartOf: { '@type': 'Blog', name: 'Quire & Co', url: 'https://example.com/blog/' },
    });
  });

  it('carries no feed links of its own (the site feeds are on every page)', () => {
    expect(head.alternates).toEqual([]);
  });
});

describe('pageHeadTags: lists and other pages', () => {
  it('the home page is the Blog, with the site title alone', () => {
    const head = parseHead(home);
    expect(head.title).toEqual(['Quire & Co']);
    expect(head.jsonLd[0]).toMatchObject({ '@type': 'Blog', name: 'Quire & Co', url: 'https://example.com/blog/' });
    expect(head.canonical).toEqual(['https://example.com/blog/']);
    expect(head.meta('og:type')).toEqual(['website']);
    expect(head.meta('twitter:card')).toEqual(['summary']);
    expect(head.meta('article:published_time')).toEqual([]);
  });

  it('a tag page is a CollectionPage and advertises its own feeds', () => {
    const head = parseHead(tagPage);
    expect(head.jsonLd[0]).toMatchObject({ '@type': 'CollectionPage', name: 'Posts tagged “go”', isPartOf: { '@type': 'Blog' } });
    expect(head.alternates).toEqual([
      ['application/rss+xml', 'https://example.com/blog/tags/go/feed.xml'],
      ['application/atom+xml', 'https://example.com/blog/tags/go/atom.xml'],
      ['application/feed+json', 'https://example.com/blog/tags/go/feed.json'],
    ]);
  });

  it('the not-found page is a plain WebPage, not indexed, with no canonical link', () => {
    const head = parseHead(notFound);
    expect(head.jsonLd[0]!['@type']).toBe('WebPage');
    expect(head.meta('robots')).toEqual(['noindex']);
    expect(head.canonical).toEqual([]);
  });
});

describe('pageHeadTags: images for link previews', () => {
  const withDefault: HeadSite = { ...site, image: 'images/card.png' };

  it('a post’s cover is its image, with its measured size, in Open Graph, Twitter and JSON-LD', () => {
    const head = parseHead({ ...post, imageSize: { width: 1600, height: 1000 } }, withDefault);
    expect(head.meta('og:image')).toEqual(['https://example.com/blog/posts/images/go.png']);
    expect(head.meta('og:image:width')).toEqual(['1600']);
    expect(head.meta('og:image:height')).toEqual(['1000']);
    expect(head.meta('twitter:image')).toEqual(['https://example.com/blog/posts/images/go.png']);
    expect(head.jsonLd[0]!.image).toBe('https://example.com/blog/posts/images/go.png');
  });

  it('a cover from the site root or another site keeps its path', () => {
    expect(parseHead({ ...post, image: '/static/go.png' }).meta('og:image')).toEqual(['https://example.com/blog/static/go.png']);
    expect(parseHead({ ...post, image: 'https://cdn.example.org/go.png' }).meta('og:image')).toEqual([
      'https://cdn.example.org/go.png',
    ]);
  });

  it.each([
    ['the home page', home],
    ['a tag page', tagPage],
    ['a post without a cover', { ...post, image: undefined }],
  ])('%s shows the site’s default image (no size given, not the JSON-LD image)', (_, page) => {
    const head = parseHead(page, withDefault);
    expect(head.meta('og:image')).toEqual(['https://example.com/blog/images/card.png']);
    expect(head.meta('twitter:image')).toEqual(['https://example.com/blog/images/card.png']);
    expect(head.meta('twitter:card')).toEqual(['summary_large_image']);
    expect(head.meta('og:image:width')).toEqual([]);
    expect(head.jsonLd[0]!.image).toBeUndefined();
  });

  it('a default image given as an https:// URL is used as it is', () => {
    const head = parseHead(home, { ...site, image: 'https://cdn.example.org/card.png' });
    expect(head.meta('og:image')).toEqual(['https://cdn.example.org/card.png']);
  });

  it('without a default image, a page without a cover has none', () => {
    expect(parseHead(home).meta('og:image')).toEqual([]);
  });
});

describe('feedLinks', () => {
  it('links the site feeds with absolute URLs', () => {
    const doc = new DOMParser().parseFromString(`<head>${feedLinks(site)}</head>`, 'text/html');
    expect(
      [...doc.querySelectorAll('link[rel="alternate"]')].map((l) => [l.getAttribute('title'), l.getAttribute('href')]),
    ).toEqual([
      ['Quire & Co (RSS)', 'https://example.com/blog/feed.xml'],
      ['Quire & Co (Atom)', 'https://example.com/blog/atom.xml'],
      ['Quire & Co (JSON Feed)', 'https://example.com/blog/feed.json'],
    ]);
  });
});
