import { describe, expect, it } from 'vitest';
import { resolveImageUrl, resolveUrl, urlScheme } from './resolve-url.ts';

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

describe('urlScheme', () => {
  it.each([
    ['https://example.com', 'https'],
    ['HTTPS://example.com', 'https'],
    ['MAILTO:x@y.z', 'mailto'],
    ['Java\tScript:alert(1)', 'javascript'],
    ['\u0000 javascript:alert(1)', 'javascript'],
    ['a+b.c-d:x', 'a+b.c-d'],
  ])('%j has the scheme %j', (url, scheme) => {
    expect(urlScheme(url)).toBe(scheme);
  });

  it.each(['foo):', 'foo\\:bar', 'images/a.png', '/a:b', '?a:b', '#a:b', '1http:x', ':x', ''])(
    '%j is relative (no valid scheme before its colon)',
    (url) => {
      expect(urlScheme(url)).toBeUndefined();
    },
  );
});

describe('resolveImageUrl', () => {
  it.each([
    // Written with http, in any case or with what a browser drops: asked for over https.
    ['http://example.org/a.png', 'https://example.org/a.png'],
    ['HTTP://example.org/Pic.PNG', 'https://example.org/Pic.PNG'],
    [' ht\ttp://example.org/a.png?x=1#y', 'https://example.org/a.png?x=1#y'],
    // Everything else as resolveUrl has it.
    ['https://example.org/a.png', 'https://example.org/a.png'],
    ['images/a.png', '/blog/posts/images/a.png'],
    ['/static/http:a.png', '/blog/static/http:a.png'],
    ['http-images/a.png', '/blog/posts/http-images/a.png'],
    ['data:image/png;base64,AAAA', 'data:image/png;base64,AAAA'],
  ])('%j → %j', (url, resolved) => {
    expect(resolveImageUrl(url, '/blog/')).toBe(resolved);
  });
});
