import { describe, expect, it } from 'vitest';
import { absoluteUrl, dataPaths, markdownPath, withBase, withoutBase, withoutTrailingSlash } from './paths.ts';

describe('dataPaths', () => {
  it('names the data files', () => {
    expect(dataPaths.site()).toBe('site.json');
    expect(dataPaths.page(2)).toBe('pages/2.json');
    expect(dataPaths.tagPage('go', 1)).toBe('tags/go/1.json');
    expect(dataPaths.series('lets-go')).toBe('series/lets-go.json');
    expect(dataPaths.post('day-one')).toBe('posts/day-one.json');
    expect(dataPaths.archive()).toBe('archive.json');
    expect(markdownPath('day-one')).toBe('posts/day-one.md');
  });
});

describe('withBase', () => {
  it.each([
    ['/', '/posts/x', '/posts/x'],
    ['/', '/', '/'],
    ['/blog/', '/posts/x', '/blog/posts/x'],
    ['/blog/', '/', '/blog/'],
    ['/blog/', 'tags/go', '/blog/tags/go'],
    ['https://user.github.io/blog/', '/feed.xml', 'https://user.github.io/blog/feed.xml'],
  ])('withBase(%j, %j) → %j', (base, path, url) => {
    expect(withBase(base, path)).toBe(url);
  });
});

describe('withoutBase', () => {
  it.each([
    ['/', '/posts/x', '/posts/x'],
    ['/', '/', '/'],
    ['/blog/', '/blog/posts/x', '/posts/x'],
    ['/blog/', '/blog/', '/'],
  ])('withoutBase(%j, %j) → %j', (base, pathname, path) => {
    expect(withoutBase(base, pathname)).toBe(path);
    expect(withBase(base, path)).toBe(pathname);
  });
});

describe('withoutTrailingSlash', () => {
  it.each([
    ['/posts/a/', '/posts/a'],
    ['/posts/a', '/posts/a'],
    ['/', '/'],
  ])('%j → %j', (pathname, path) => {
    expect(withoutTrailingSlash(pathname)).toBe(path);
  });
});

describe('absoluteUrl', () => {
  it('resolves router paths under the base URL, sub-path included', () => {
    const site = { baseUrl: 'https://example.com/blog/' };
    expect(absoluteUrl(site, '/')).toBe('https://example.com/blog/');
    expect(absoluteUrl(site, '/tags/go')).toBe('https://example.com/blog/tags/go');
    expect(absoluteUrl({ baseUrl: 'https://example.com/' }, 'sitemap.xml')).toBe('https://example.com/sitemap.xml');
  });
});
