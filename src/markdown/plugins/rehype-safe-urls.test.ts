import { describe, expect, it } from 'vitest';
import { isAllowedUrl, urlScheme } from './rehype-safe-urls.ts';

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

describe('isAllowedUrl', () => {
  it('allows http(s) and mailto links in any case, and relative URLs', () => {
    for (const url of ['HTTPS://example.com', 'Http://example.com', 'MAILTO:x@y.z', 'foo):', '/tags/go', '#x']) {
      expect(isAllowedUrl('href', url)).toBe(true);
    }
  });

  it('refuses other schemes however they are written', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'java\nscript:alert(1)',
      ' data:text/html,x',
      'vbscript:x',
    ]) {
      expect(isAllowedUrl('href', url)).toBe(false);
    }
    expect(isAllowedUrl('src', 'mailto:x@y.z')).toBe(false);
  });
});
