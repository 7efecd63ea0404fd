/**
 * Image sizes: a post's local images carry the width and height of their files, so the
 * text does not move as they load; a large photo has a srcset of smaller copies that
 * load; every page has a link-preview image, and a post's cover is its JSON-LD image.
 * Checked on the page as served (prerendered) and after the app renders a post itself.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { siteUrl } from './sites.ts';
import { currentPage, waitForApp, waitForHydrated } from './support.ts';

const odd = siteUrl('odd');
const blog = siteUrl('blog');
const file = (path: string) => fileURLToPath(new URL(path, import.meta.url));

async function sizeOf(path: string) {
  const { autoOrient } = await sharp(file(path)).metadata();
  return { width: autoOrient.width, height: autoOrient.height };
}

/** The folder post's images, by their alt text (the cover has none), and their files. */
const folderPostImages = [
  { name: 'A gradient', file: './fixtures/odd/folder-post/gradient.png' },
  { name: 'A square', file: './fixtures/odd/folder-post/photos/square.png' },
  { name: 'Mountains at dusk', file: './fixtures/odd/folder-post/photos/dusk.jpg' },
];

/**
 * Records every layout shift from the start of the page (the browser's own measure of
 * content moving), and holds back every image until the returned function is called:
 * the page is laid out without them, as on a slow network.
 */
async function watchShiftsHoldingImages(page: Page): Promise<() => void> {
  await page.addInitScript(() => {
    const shifts: { value: number; at: number }[] = [];
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) shifts.push({ value: entry.value, at: entry.startTime });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\.(?:png|jpg|webp|svg)$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const shiftsSince = (page: Page, since: number) =>
  page.evaluate(
    (t) =>
      (window as unknown as { shifts: { value: number; at: number }[] }).shifts
        .filter((s) => s.at >= t)
        .reduce((a, s) => a + s.value, 0),
    since,
  );

/**
 * Each image as the reader sees it: the size of its file, its box reserved while the
 * file has not arrived, and nothing on the page moving when it does. The viewport
 * holds the whole post, so that any image growing would move something in sight.
 */
async function expectSizedImages(page: Page, release: () => void) {
  const view = currentPage(page);
  const images = [
    { image: view.locator('img.post-cover'), size: await sizeOf('./fixtures/odd/folder-post/photos/dusk.jpg') },
    ...(await Promise.all(
      folderPostImages.map(async (i) => ({ image: view.getByRole('img', { name: i.name }), size: await sizeOf(i.file) })),
    )),
  ];
  for (const { image, size } of images) {
    await expect(image).toHaveAttribute('width', String(size.width));
    await expect(image).toHaveAttribute('height', String(size.height));
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth), 'not loaded yet').toBe(0);
    // Its box has the file's proportions before the file is there.
    const box = (await image.boundingBox())!;
    expect(box.width).toBe(Math.min(size.width, (await view.locator('.prose').boundingBox())!.width));
    expect(box.height).toBeCloseTo((box.width * size.height) / size.width, 0);
  }
  const since = await page.evaluate(() => performance.now());
  release();
  for (const { image } of images) {
    await expect(image).toHaveJSProperty('complete', true);
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  }
  // Nothing moved while they loaded.
  expect(await shiftsSince(page, since)).toBe(0);
}

async function expectSrcsetLoads(page: Page) {
  const photo = currentPage(page).getByRole('img', { name: 'Mountains at dusk' });
  await expect(photo).toHaveAttribute('sizes', /\S/);
  const srcset = (await photo.getAttribute('srcset'))!;
  const candidates = srcset.split(',').map((c) => c.trim().split(/\s+/) as [string, string]);
  expect(candidates.map(([, w]) => w)).toEqual(['480w', '960w', '1440w', '1600w']);
  // The original keeps src; the copies are WebP.
  expect(candidates.at(-1)![0]).toBe(await photo.getAttribute('src'));
  for (const [url, width] of candidates) {
    const response = await page.request.get(new URL(url, odd).href);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toBe(width === '1600w' ? 'image/jpeg' : 'image/webp');
    const { width: actual } = await sharp(await response.body()).metadata();
    expect(`${actual}w`, url).toBe(width);
  }
}

async function expectCoverInHead(page: Page) {
  const cover = new URL('posts/folder-post/photos/dusk.jpg', odd).href;
  const head = page.locator('head');
  await expect(head.locator('meta[property="og:image"]')).toHaveAttribute('content', cover);
  await expect(head.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1600');
  await expect(head.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '1000');
  const jsonLd = JSON.parse((await head.locator('script[type="application/ld+json"]').textContent())!) as { image?: string };
  expect(jsonLd.image).toBe(cover);
}

test.describe('image sizes', () => {
  test.use({ baseURL: odd, viewport: { width: 1280, height: 2400 } });

  test('a post loaded as it is served: sized images that do not shift, a srcset that loads, the cover in its head', async ({
    page,
  }) => {
    const release = await watchShiftsHoldingImages(page);
    // Not waiting for the load event, which waits for the images held back.
    await page.goto('/posts/folder-post', { waitUntil: 'domcontentloaded' });
    await waitForApp(page);
    await waitForHydrated(currentPage(page).getByRole('img', { name: 'A gradient' }));
    await expectSizedImages(page, release);
    await expectSrcsetLoads(page);
    await expectCoverInHead(page);
  });

  test('the same post rendered by the app after a navigation: the same sizes and srcset', async ({ page }) => {
    const release = await watchShiftsHoldingImages(page);
    await page.goto('/tags/folders', { waitUntil: 'domcontentloaded' });
    await waitForApp(page);
    await currentPage(page).getByRole('link', { name: 'A post in its own folder' }).click();
    await expect(page).toHaveURL(/\/posts\/folder-post$/);
    await expect(currentPage(page).getByRole('heading', { level: 1 })).toHaveText('A post in its own folder');
    await expectSizedImages(page, release);
    await expectSrcsetLoads(page);
    await expectCoverInHead(page);
  });
});

test.describe('image sizes: the sample blog', () => {
  test.use({ baseURL: blog });

  test('an SVG in a post has its declared size, as served and after a navigation', async ({ page }) => {
    const size = await sizeOf('../public/posts/images/bridge.svg');
    const bridge = () => currentPage(page).getByRole('img', { name: 'Two containers joined to a bridge by veth pairs' });
    await page.goto('/posts/understanding-container-networking');
    await expect(bridge()).toHaveAttribute('width', String(size.width));
    await expect(bridge()).toHaveAttribute('height', String(size.height));
    await page.goto('/tags/networking');
    await waitForApp(page);
    await currentPage(page).getByRole('link', { name: 'Understanding Container Networking' }).first().click();
    await expect(page).toHaveURL(/\/posts\/understanding-container-networking$/);
    await expect(bridge()).toHaveAttribute('width', String(size.width));
    await expect(bridge()).toHaveAttribute('height', String(size.height));
  });

  for (const path of ['/', '/tags/containers', '/posts/understanding-container-networking'])
    test(`${path} has the site's default og:image, under the site's URL, and it loads`, async ({ page }) => {
      await page.goto(path);
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
      const image = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
      const siteRoot = new URL('/', canonical).href;
      expect(image).toBe(new URL('images/social-card.png', siteRoot).href);
      await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', image);
      const response = await page.request.get(new URL(new URL(image).pathname.slice(1), blog).href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      const { width, height } = await sharp(await response.body()).metadata();
      expect([width, height]).toEqual([1200, 630]);
    });
});
