/** Dark mode: follows the OS, a stored choice wins, the toggle persists it, and there is no flash. */
import { expect, test, type Page } from '@playwright/test';
import { bodyBackground, luminance, waitForApp, currentPage } from './support.ts';

const toggle = (page: Page) => page.getByRole('button', { name: 'Dark theme' });
const isDark = async (page: Page) => luminance(await bodyBackground(page)) < 0.1;
const isLight = async (page: Page) => luminance(await bodyBackground(page)) > 0.8;

test.describe('theme', () => {
  test.describe('OS set to dark', () => {
    test.use({ colorScheme: 'dark' });
    test('the page is dark, and the text light', async ({ page }) => {
      await page.goto('/');
      await waitForApp(page);
      expect(await isDark(page)).toBe(true);
      const text = await page.evaluate(() => getComputedStyle(document.body).color);
      expect(luminance(text)).toBeGreaterThan(0.6);
      await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    });
  });

  test.describe('OS set to light', () => {
    test.use({ colorScheme: 'light' });
    test('the page is light, and the text dark', async ({ page }) => {
      await page.goto('/');
      await waitForApp(page);
      expect(await isLight(page)).toBe(true);
      const text = await page.evaluate(() => getComputedStyle(document.body).color);
      expect(luminance(text)).toBeLessThan(0.1);
      await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
    });

    test('the toggle switches to dark and back, and the choice survives a reload and navigation', async ({ page }) => {
      await page.goto('/posts/understanding-container-networking');
      await waitForApp(page);
      const light = await bodyBackground(page);
      expect(await isLight(page)).toBe(true);

      await toggle(page).click();
      await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect.poll(() => isDark(page)).toBe(true);
      expect(await page.evaluate(() => localStorage.getItem('quire-theme'))).toBe('dark');

      await page.reload();
      await waitForApp(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await isDark(page)).toBe(true);
      await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');

      // In-app navigation keeps it.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Archive' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archive');
      expect(await isDark(page)).toBe(true);

      await toggle(page).click();
      await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
      await expect.poll(() => bodyBackground(page)).toBe(light);
      expect(await page.evaluate(() => localStorage.getItem('quire-theme'))).toBe('light');
      await page.reload();
      await waitForApp(page);
      expect(await isLight(page)).toBe(true);
    });

    test('code highlighting colours follow the theme', async ({ page }) => {
      await page.goto('/posts/understanding-container-networking');
      await waitForApp(page);
      const keywordColor = () =>
        currentPage(page)
          .locator('.prose pre code span[class^="hljs-"]')
          .first()
          .evaluate((el) => getComputedStyle(el).color);
      const codeBackground = () =>
        currentPage(page)
          .locator('.prose pre')
          .first()
          .evaluate((el) => getComputedStyle(el).backgroundColor);
      const lightColor = await keywordColor();
      expect(luminance(await codeBackground())).toBeGreaterThan(0.8);
      await toggle(page).click();
      await expect.poll(keywordColor).not.toBe(lightColor);
      expect(luminance(await codeBackground())).toBeLessThan(0.1);
    });
  });

  for (const [stored, os] of [
    ['dark', 'light'],
    ['light', 'dark'],
  ] as const) {
    test.describe(`stored choice "${stored}" with the OS set to ${os}`, () => {
      test.use({ colorScheme: os });
      test.beforeEach(async ({ context }) => {
        await context.addInitScript((theme) => {
          if (!localStorage.getItem('quire-theme')) localStorage.setItem('quire-theme', theme);
        }, stored);
      });

      test('the stored choice wins', async ({ page }) => {
        await page.goto('/');
        await waitForApp(page);
        expect(stored === 'dark' ? await isDark(page) : await isLight(page)).toBe(true);
        await expect(toggle(page)).toHaveAttribute('aria-pressed', String(stored === 'dark'));
      });

      test('no flash: the prerendered HTML applies it before the body is parsed', async ({ page }) => {
        // Record the theme when <body> first exists (before anything can be painted) and at DOMContentLoaded.
        await page.addInitScript(() => {
          const w = window as unknown as { __theme?: { atBody?: string; atDcl?: string } };
          w.__theme = {};
          const observer = new MutationObserver(() => {
            if (!document.body) return;
            w.__theme!.atBody = document.documentElement.dataset.theme ?? 'unset';
            observer.disconnect();
          });
          observer.observe(document, { childList: true, subtree: true });
          document.addEventListener('DOMContentLoaded', () => {
            w.__theme!.atDcl = document.documentElement.dataset.theme ?? 'unset';
          });
        });
        // Hold back the app's scripts, so only the HTML (and its inline script) can set the theme.
        await page.route('**/assets/*.js', (route) => route.abort());
        await page.goto('/posts/year-in-review-2023');
        const seen = await page.evaluate(() => (window as unknown as { __theme?: { atBody?: string; atDcl?: string } }).__theme);
        expect(seen).toEqual({ atBody: stored, atDcl: stored });
        // The prerendered post, with its stylesheet, is in that theme without the app's code.
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('2023: A Year in Review');
        expect(stored === 'dark' ? await isDark(page) : await isLight(page)).toBe(true);
      });
    });
  }
});
