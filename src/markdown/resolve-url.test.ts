import { describe, expect, it } from 'vitest';
import { resolveUrl } from './resolve-url.ts';

describe('resolveUrl', () => {
  it.each([
    // Relative paths resolve against the posts folder.
    ['images/a.png', '/', '/posts/images/a.png'],
    ['./images/a.png', '/', '/posts/images/a.png'],
    ['images/a.png', '/blog/', '/blog/posts/images/a.png'],
    ['images/a b.png', '/', '/posts/images/a%20b.png'],
    ['images/a.png?v=2#top', '/blog/', '/blog/posts/images/a.png?v=2#top'],
    ['../favicon.svg', '/blog/', '/blog/favicon.svg'],
    // A link to another post's Markdown file becomes the post's page.
    ['./other-post.md#x', '/', '/posts/other-post#x'],
    ['other-post.md', '/', '/posts/other-post'],
    ['day-1.md', '/blog/', '/blog/posts/day-1'],
    ['./other-post.md#x', '/blog/', '/blog/posts/other-post#x'],
    // Root-relative paths get the base path.
    ['/tags/go', '/', '/tags/go'],
    ['/tags/go', '/blog/', '/blog/tags/go'],
    // Absolute URLs, protocol-relative URLs and fragments stay as they are.
    ['https://example.com/a.png', '/blog/', 'https://example.com/a.png'],
    ['http://example.com', '/', 'http://example.com'],
    ['mailto:me@example.com', '/', 'mailto:me@example.com'],
    ['//cdn.example.com/x.js', '/blog/', '//cdn.example.com/x.js'],
    ['#section', '/blog/', '#section'],
    ['', '/blog/', ''],
  ])('resolveUrl(%j, %j) → %j', (url, base, resolved) => {
    expect(resolveUrl(url, base)).toBe(resolved);
  });

  it.each([
    // In a folder post (`posts/trip/index.md`), relative paths start from its folder.
    ['a.png', '/', '/posts/trip/a.png'],
    ['./img/a.png', '/blog/', '/blog/posts/trip/img/a.png'],
    ['../other.md#x', '/', '/posts/other#x'],
    ['../other/index.md', '/blog/', '/blog/posts/other'],
    ['../other/index.markdown', '/', '/posts/other'],
    ['../images/b.png', '/', '/posts/images/b.png'],
    ['index.md', '/', '/posts/trip'],
    ['/tags/go', '/blog/', '/blog/tags/go'],
  ])('in a folder post: resolveUrl(%j, %j, "trip/") → %j', (url, base, resolved) => {
    expect(resolveUrl(url, base, 'trip/')).toBe(resolved);
  });

  it.each([
    ['images/a.png', 'https://example.com/blog/', 'https://example.com/blog/posts/images/a.png'],
    ['./other-post.md#x', 'https://example.com/blog/', 'https://example.com/blog/posts/other-post#x'],
    ['/tags/go', 'https://example.com/blog/', 'https://example.com/blog/tags/go'],
    ['https://other.example/x', 'https://example.com/', 'https://other.example/x'],
  ])('with an absolute base (feeds): resolveUrl(%j, %j) → %j', (url, base, resolved) => {
    expect(resolveUrl(url, base)).toBe(resolved);
  });
});
