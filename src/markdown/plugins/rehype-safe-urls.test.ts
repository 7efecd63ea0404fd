import { describe, expect, it } from 'vitest';
import { isAllowedUrl } from './rehype-safe-urls.ts';

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
