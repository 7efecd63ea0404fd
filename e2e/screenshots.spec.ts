/**
 * Full-page screenshots of each view, light and dark, desktop and phone, for a person
 * to look at: test-results/screens/<view>-<light|dark>-<desktop|phone>.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { waitForApp, currentPage } from './support.ts';

const screensDir = fileURLToPath(new URL('../test-results/screens/', import.meta.url));

const views = [
  { name: 'home', url: '/', heading: 'Jose Villalta' },
  { name: 'post', url: '/posts/understanding-container-networking', heading: 'Understanding Container Networking' },
  { name: 'post-series', url: '/posts/paper-every-day-day-three-container-design-patterns', heading: /Day Three/ },
  { name: 'tags', url: '/tags', heading: 'Tags' },
  { name: 'series', url: '/series/paper-every-day', heading: 'Paper every day' },
  { name: 'archive', url: '/archive', heading: 'Archive' },
  { name: 'not-found', url: '/nope', heading: 'Page not found' },
  { name: 'search', url: '/search?q=container', heading: 'Search' },
  { name: 'search-empty', url: '/search?q=zanzibar', heading: 'Search' },
];

/** The reader features (issue 12), each in the state a reader sees it. */
const readerViews = [
  {
    name: 'reader-related-share',
    url: '/posts/paper-every-day-day-two-kubernetes',
    heading: /Day Two/,
    prepare: async (page: Page) => {
      await currentPage(page).locator('.related').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'reader-toc-progress',
    url: '/posts/year-in-review-2023',
    heading: /year in review/i,
    prepare: async (page: Page) => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    },
  },
  {
    name: 'reader-series-continue',
    url: '/series/paper-every-day',
    heading: 'Paper every day',
    prepare: async (page: Page) => {
      await expect(currentPage(page).getByRole('link', { name: /^Continue/ })).toBeVisible();
    },
  },
  {
    name: 'reader-shortcuts',
    url: '/',
    heading: 'Jose Villalta',
    prepare: async (page: Page) => {
      await expect(page.locator('dialog.shortcuts-dialog')).toHaveCount(1);
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    },
  },
];

const devices = {
  desktop: { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
} as const;

for (const [device, options] of Object.entries(devices)) {
  test.describe(`screenshots ${device}`, () => {
    test.use(options);
    for (const view of views) {
      test(view.name, async ({ page }) => {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(view.url);
        await waitForApp(page);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(view.heading);
        // Lazy images in full-page shots: load them first.
        for (const img of await currentPage(page).locator('img').all()) {
          await img.scrollIntoViewIfNeeded();
          await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete)).toBe(true);
        }
        await page.evaluate(() => window.scrollTo(0, 0));
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
            'aria-pressed',
            String(scheme === 'dark'),
          );
          await page.screenshot({ path: `${screensDir}${view.name}-${scheme}-${device}.png`, fullPage: true });
        }
      });
    }

    test('search palette', async ({ page }) => {
      await page.goto('/');
      await waitForApp(page);
      await page.keyboard.press('Control+k');
      const dialog = page.getByRole('dialog', { name: 'Search' });
      await dialog.getByRole('combobox').fill('paper');
      await expect(dialog.getByRole('option').first()).toBeVisible();
      await page.keyboard.press('ArrowDown');
      await expect(dialog.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: `${screensDir}search-palette-${scheme}-${device}.png` });
      }
    });
    for (const view of readerViews) {
      test(view.name, async ({ page }) => {
        // Part 2 of the series read to the end and part 3 opened: the series page has progress to show.
        await page.addInitScript(() => {
          const parts = ['one-mesos', 'two-kubernetes', 'three-container-design-patterns'].map((s) => ({
            slug: `paper-every-day-day-${s}`,
            title: s,
          }));
          localStorage.setItem(
            'quire-series-progress',
            JSON.stringify({
              'paper-every-day': {
                name: 'Paper every day',
                parts,
                states: { [parts[1]!.slug]: 'finished' },
                last: parts[1]!.slug,
                at: 1,
              },
            }),
          );
        });
        await page.goto(view.url);
        await waitForApp(page);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(view.heading);
        await view.prepare(page);
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.screenshot({ path: `${screensDir}${view.name}-${scheme}-${device}.png` });
        }
      });
    }
  });
}
