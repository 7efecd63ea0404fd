import { describe, expect, it } from 'vitest';
import siteConfig from '../../site.config.ts';
import { fileURLToPath } from 'node:url';
import { buildClock, checkSiteImage, faviconWarning, resolveSite } from './site-config.ts';

describe('resolveSite', () => {
  it('fills the defaults of timeZone and feedItems', () => {
    const { timeZone: _t, feedItems: _f, ...rest } = siteConfig;
    expect(resolveSite({}, rest)).toMatchObject({ timeZone: 'UTC', feedItems: 20 });
    expect(resolveSite({}, { ...rest, timeZone: 'Europe/Berlin', feedItems: 5 })).toMatchObject({
      timeZone: 'Europe/Berlin',
      feedItems: 5,
    });
  });

  it('rejects an unknown time zone and a feed length that is not a whole number', () => {
    expect(() => resolveSite({}, { ...siteConfig, timeZone: 'Europe/Atlantis' })).toThrow(
      `site.config.ts: timeZone "Europe/Atlantis" is not a time zone name; write e.g. 'UTC' or 'Europe/Berlin'`,
    );
    expect(() => resolveSite({}, { ...siteConfig, feedItems: 0 })).toThrow(
      'site.config.ts: feedItems 0 must be a whole number of posts, 1 or more (e.g. 20)',
    );
  });
});

describe('the offline setting', () => {
  it('is true or false, and names the fix otherwise', () => {
    expect(resolveSite({}, { ...siteConfig, offline: false }).offline).toBe(false);
    expect(() => resolveSite({}, { ...siteConfig, offline: 'no' as unknown as boolean })).toThrow(
      'site.config.ts: offline must be true or false (without quotes), e.g. offline: false',
    );
  });
});

describe('buildClock', () => {
  it('is QUIRE_NOW when set, else now', () => {
    expect(buildClock({ QUIRE_NOW: '2024-05-01T09:00:00Z' })).toBe(Date.UTC(2024, 4, 1, 9));
    const before = Date.now();
    expect(buildClock({})).toBeGreaterThanOrEqual(before);
    expect(() => buildClock({ QUIRE_NOW: 'soon' })).toThrow('QUIRE_NOW "soon" is not a date-time');
  });
});

describe('the default link-preview image', () => {
  const publicDir = fileURLToPath(new URL('../../public/', import.meta.url));

  it('is a file in public/ (the sample blog’s is), an https:// URL, or absent', () => {
    expect(() => checkSiteImage(siteConfig, publicDir)).not.toThrow();
    expect(() => checkSiteImage({ image: '/images/social-card.png' }, publicDir)).not.toThrow();
    expect(() => checkSiteImage({ image: 'https://cdn.example.com/card.png' }, publicDir)).not.toThrow();
    expect(() => checkSiteImage({}, publicDir)).not.toThrow();
  });

  it('names the setting and the fix when the file is not there, or the URL is not https', () => {
    const message =
      "is not a file in public/: put the picture there and write its path from public/ (e.g. 'images/social-card.png'), or an https:// URL";
    expect(() => checkSiteImage({ image: 'images/nope.png' }, publicDir)).toThrow(
      `site.config.ts: image "images/nope.png" ${message}`,
    );
    expect(() => checkSiteImage({ image: 'http://example.com/card.png' }, publicDir)).toThrow(
      `site.config.ts: image "http://example.com/card.png" ${message}`,
    );
  });
});

describe('the icon every page links to', () => {
  it('is in public/ (the sample blog’s is); a folder without it gets a warning naming the file', () => {
    expect(faviconWarning(fileURLToPath(new URL('../../public/', import.meta.url)))).toBeUndefined();
    expect(faviconWarning(fileURLToPath(new URL('../../public/images/', import.meta.url)))).toBe(
      'warning: public/images/favicon.png is missing: every page links to it as its icon (a failed request in the console): add a 32×32 PNG there',
    );
  });
});
