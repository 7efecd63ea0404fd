/** Automated accessibility audit (axe-core) of every view, in both themes. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { siteUrl } from './sites.ts';

const views = ['/', '/page/2', '/?tag=papers', '/posts/network-namespaces-in-ecs', '/posts/lets-go', '/tags', '/tags/papers', '/series', '/series/paper-every-day', '/archive', '/nope'];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    for (const view of views) {
      test(`${view} has no axe violations`, async ({ browser }) => {
        // AxeBuilder needs a page from browser.newContext().
        const context = await browser.newContext({ colorScheme: scheme, baseURL: siteUrl('blog') });
        const page = await context.newPage();
        await page.goto(view);
        await page.locator('h1').first().waitFor();
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await context.close();
      });
    }
  });
}
