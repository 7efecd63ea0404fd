import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import type { ImageMap } from '../../schema/manifest.ts';
import { markdownToHast } from '../markdown-to-hast.ts';
import { imageKey, imageSizes } from '../image-attributes.ts';

const images: ImageMap = {
  'posts/images/bridge.svg': { width: 400, height: 250 },
  'posts/trip/a b.jpg': {
    width: 1600,
    height: 1000,
    srcset: [
      { path: 'assets/img-1-480.webp', width: 480 },
      { path: 'assets/img-1-960.webp', width: 960 },
    ],
  },
  'static/logo.png': { width: 64, height: 32 },
};

const img = async (markdown: string, options: { base?: string; dir?: string; images?: ImageMap } = {}) =>
  toHtml(await markdownToHast(markdown, { base: '/', images, ...options })).match(/<img[^>]*>/g);

describe('rehypeImageSizes', () => {
  it('gives a local image the size the build measured', async () => {
    expect(await img('![Bridge](images/bridge.svg)')).toEqual([
      '<img src="/posts/images/bridge.svg" alt="Bridge" width="400" height="250" loading="lazy" decoding="async">',
    ]);
  });

  it('finds the image under a sub-path, from a folder post, and from the site root', async () => {
    expect(await img('![](images/bridge.svg) ![](/static/logo.png)', { base: '/blog/' })).toEqual([
      '<img src="/blog/posts/images/bridge.svg" alt="" width="400" height="250" loading="lazy" decoding="async">',
      '<img src="/blog/static/logo.png" alt="" width="64" height="32" loading="lazy" decoding="async">',
    ]);
    expect(await img('![](../images/bridge.svg)', { dir: 'trip/' })).toEqual([
      '<img src="/posts/images/bridge.svg" alt="" width="400" height="250" loading="lazy" decoding="async">',
    ]);
  });

  it('lists the smaller copies and the original in srcset, and keeps src on the original', async () => {
    expect(await img('![Trip](a%20b.jpg)', { base: '/blog/', dir: 'trip/' })).toEqual([
      `<img src="/blog/posts/trip/a%20b.jpg" alt="Trip" width="1600" height="1000" srcset="/blog/assets/img-1-480.webp 480w, /blog/assets/img-1-960.webp 960w, /blog/posts/trip/a%20b.jpg 1600w" sizes="${imageSizes}" loading="lazy" decoding="async">`,
    ]);
  });

  it('leaves alone an image it has no facts for, another site’s image, and one the author sized', async () => {
    expect(
      await img('![](images/missing.png) ![](https://example.com/images/bridge.svg)\n\n<img src="images/bridge.svg" width="10">'),
    ).toEqual([
      '<img src="/posts/images/missing.png" alt="" loading="lazy" decoding="async">',
      '<img src="https://example.com/images/bridge.svg" alt="" loading="lazy" decoding="async">',
      '<img src="/posts/images/bridge.svg" width="10" loading="lazy" decoding="async" alt="">',
    ]);
  });

  it('does nothing without facts (a render that was given none)', async () => {
    expect(await img('![](images/bridge.svg)', { images: undefined })).toEqual([
      '<img src="/posts/images/bridge.svg" alt="" loading="lazy" decoding="async">',
    ]);
  });
});

describe('imageKey', () => {
  it.each([
    ['/posts/images/a.png', '/', 'posts/images/a.png'],
    ['/blog/posts/a%20b.png?v=2#x', '/blog/', 'posts/a b.png'],
    ['/other/a.png', '/blog/', undefined],
    ['//cdn.example.com/a.png', '/', undefined],
    ['https://example.com/a.png', '/', undefined],
  ])('%s under %s → %s', (src, base, key) => {
    expect(imageKey(src, base)).toBe(key);
  });
});
