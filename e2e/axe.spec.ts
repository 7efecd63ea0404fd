/**
 * Automated accessibility audit (axe-core) of every page the build prerenders (the URLs of
 * dist/sitemap.xml), plus a filtered list, the not-found page and search (results, empty): at phone and desktop
 * widths, in both themes. Each page is loaded once and audited four times, its width and the OS colour
 * scheme switched in place; one browser context per group of pages.
 * Also no Content-Security-Policy violation on any of them (an inline style, such as table alignment, would be one).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { siteUrl } from './sites.ts';
import { bodyBackground, luminance, waitForApp } from './support.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The prerendered pages, as paths relative to the site: from the sitemap the build wrote. */
function prerenderedPaths(): string[] {
  const xml = readFileSync(path.join(root, 'dist', 'sitemap.xml'), 'utf8');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  const base = new URL(locs[0]!).pathname; // the home page comes first
  return locs.map((loc) => `/${new URL(loc).pathname.slice(base.length)}`);
}

/** Search (noindex, so not in the sitemap): the form, results and the empty state, each audited once it shows. */
const searchPages: Record<string, string> = {
  '/search': '#search-page-input',
  '/search?q=borg': '.search-results > li mark',
  '/search?q=bitten': '.search-empty',
};

const pages = [...prerenderedPaths(), '/?tag=papers', '/nope', ...Object.keys(searchPages)];

test('the audit covers every prerendered page', () => {
  expect(pages).toEqual(
    expect.arrayContaining([
      '/',
      '/page/2',
      '/archive',
      '/tags',
      '/series',
      '/posts/lets-go',
      '/series/lets-go',
      '/search?q=borg',
      '/search?q=bitten',
    ]),
  );
  expect(pages.length).toBeGreaterThan(40);
});

/** Pages per test: short tests of even size spread over the workers, each with a timeout it can keep. */
const chunk = Math.ceil(pages.length / Math.ceil(pages.length / 8));
const chunks = Array.from({ length: Math.ceil(pages.length / chunk) }, (_, i) => pages.slice(i * chunk, (i + 1) * chunk));

/** Phone and desktop width, light and dark: each page is loaded once and audited in all four, in place. */
const views = [
  { scheme: 'light', width: 375 },
  { scheme: 'light', width: 1280 },
  { scheme: 'dark', width: 1280 },
  { scheme: 'dark', width: 375 },
] as const;
type View = (typeof views)[number];

/** The colour scheme's change events as the page itself saw them (for a failure's message). */
interface SchemeWatch {
  schemeChanges: string[];
  schemeMedia: MediaQueryList;
}

/** Wide enough for a post's table of contents to open beside the text (as in global.css and table-of-contents.tsx). */
const tocBesideText = 78 * 16;

/**
 * Switches the page to a view and waits until the page shows it, so that no audit can run
 * four times on one view: the app follows the OS setting (no stored choice, the inline script
 * in index.html would prefer one), so the body's background turns dark or light and the theme
 * button's pressed state follows; the layout has the new width, and a post's table of contents
 * opens or closes with it.
 */
async function showView(page: Page, { scheme, width }: View) {
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width, height: 800 });
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  const background = expect.poll(async () => luminance(await bodyBackground(page)), { message: `${scheme} background` });
  await (scheme === 'dark' ? background.toBeLessThan(0.1) : background.toBeGreaterThan(0.8));
  // With what the page's own media query says, so that a failure tells a late change event from a missed one.
  const button = page.getByRole('button', { name: 'Dark theme' });
  try {
    await expect
      .poll(async () => ({
        pressed: await button.getAttribute('aria-pressed'),
        mediaDark: await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
      }))
      .toEqual({ pressed: String(scheme === 'dark'), mediaDark: scheme === 'dark' });
  } catch (error) {
    // A rare failure (issue 14): whether the browser sent the change event, and still paints frames.
    const seen = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const frame = new Promise((painted) => requestAnimationFrame(() => painted(true)));
          const timeout = new Promise((late) => setTimeout(() => late(false), 1000));
          void Promise.race([frame, timeout]).then((framesRun) =>
            resolve({
              changeEvents: (window as unknown as SchemeWatch).schemeChanges,
              framesRun,
              visibility: document.visibilityState,
            }),
          );
        }),
    );
    throw new Error(`${(error as Error).message}\n${JSON.stringify(seen)}`);
  }
  await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(width);
  const toc = page.locator('details.toc');
  if ((await toc.count()) > 0) await expect(toc.first()).toHaveJSProperty('open', width >= tocBesideText);
}

for (const [part, group] of chunks.entries()) {
  test(`pages ${part * chunk + 1}–${part * chunk + group.length}, at 375 and 1280 px, light and dark: no axe violation and no CSP violation`, async ({
    browser,
  }) => {
    // A new context and its first page, then each page: one load and four views, each audited.
    test.setTimeout(20_000 + group.length * 30_000);
    // AxeBuilder needs a page from browser.newContext().
    const context = await browser.newContext({
      colorScheme: views[0].scheme,
      viewport: { width: views[0].width, height: 800 },
      baseURL: siteUrl('blog'),
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const media = matchMedia('(prefers-color-scheme: dark)');
      const watch = window as unknown as SchemeWatch;
      watch.schemeChanges = [];
      watch.schemeMedia = media;
      media.addEventListener('change', (event) => watch.schemeChanges.push(event.matches ? 'dark' : 'light'));
    });
    const cspErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        cspErrors.push(`${page.url()}: ${message.text()}`);
    });
    const found: string[] = [];
    for (const [i, url] of group.entries()) {
      // Each page starts in the view the previous one ended in (the context starts in the first).
      const order = i % 2 === 0 ? views : [...views].reverse();
      await page.goto(url);
      await waitForApp(page);
      await page.locator('h1').first().waitFor();
      if (searchPages[url]) await page.locator(searchPages[url]).first().waitFor();
      // Legacy mode audits in the page itself rather than opening a blank page to gather each
      // result (half the time, the same rules and results); it cannot audit cross-origin frames,
      // and the app has no frame at all.
      expect(page.frames()).toHaveLength(1);
      for (const view of order) {
        await showView(page, view);
        const { violations } = await new AxeBuilder({ page }).setLegacyMode().analyze();
        found.push(
          ...violations.map(
            (v) => `${url} (${view.scheme}, ${view.width} px) ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
        );
      }
    }
    expect(found).toEqual([]);
    expect(cspErrors).toEqual([]);
    await context.close();
  });
}
