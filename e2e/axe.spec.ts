/**
 * Automated accessibility audit (axe-core) of every page the build prerenders (the URLs of
 * dist/sitemap.xml), plus a filtered list, the not-found page and search (results, empty): at phone and desktop
 * widths, in both themes. One browser context per theme, width and group of pages, the
 * pages one after another in it, to keep the run short. Also no Content-Security-Policy violation on any
 * of them (an inline style, such as table alignment, would be one).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { siteUrl } from './sites.ts';
import { waitForApp } from './support.ts';

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
const chunk = Math.ceil(pages.length / Math.ceil(pages.length / 15));
const chunks = Array.from({ length: Math.ceil(pages.length / chunk) }, (_, i) => pages.slice(i * chunk, (i + 1) * chunk));

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    for (const [part, group] of chunks.entries()) {
      test(`${scheme} theme at ${width} px, pages ${part * chunk + 1}–${part * chunk + group.length}: no axe violation and no CSP violation`, async ({
        browser,
      }) => {
        // A new context and its first page, then each page and its audit.
        test.setTimeout(20_000 + group.length * 8_000);
        // AxeBuilder needs a page from browser.newContext().
        const context = await browser.newContext({
          colorScheme: scheme,
          viewport: { width, height: 800 },
          baseURL: siteUrl('blog'),
        });
        const page = await context.newPage();
        const cspErrors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
            cspErrors.push(`${page.url()}: ${message.text()}`);
        });
        const found: string[] = [];
        for (const url of group) {
          await page.goto(url);
          await waitForApp(page);
          await page.locator('h1').first().waitFor();
          if (searchPages[url]) await page.locator(searchPages[url]).first().waitFor();
          const { violations } = await new AxeBuilder({ page }).analyze();
          found.push(...violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
        }
        expect(found).toEqual([]);
        expect(cspErrors).toEqual([]);
        await context.close();
      });
    }
  }
}
