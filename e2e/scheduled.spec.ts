/**
 * Scheduled posts (e2e/fixtures/scheduled/): a post dated after the build's clock is left
 * out of everything a production build writes, and is there once a build runs after its
 * date. The same two posts are built with the clock before (`scheduled`) and after
 * (`scheduled-later`) the scheduled post's 2026-01-02 09:00 UTC; the dev server shows
 * scheduled posts, marked (e2e/dev-server.spec.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { siteUrl } from './sites.ts';
import { currentPage, fetchPage, listTitles, waitForApp, watchConsole } from './support.ts';

const published = 'Field notes from the first week';
const scheduled = 'Launch notes for the seed library';
const h1 = (page: Page) => currentPage(page).getByRole('heading', { level: 1 });

for (const [name, due] of [
  ['scheduled', false],
  ['scheduled-later', true],
] as const) {
  test.describe(`built ${due ? 'after' : 'before'} the scheduled post's time`, () => {
    const base = siteUrl(name);
    test.use({ baseURL: base });

    test(`the home page and the tag page ${due ? 'list' : 'leave out'} the scheduled post`, async ({ page }) => {
      const expected = due ? [scheduled, published] : [published];
      await page.goto('./');
      await waitForApp(page);
      await expect(listTitles(page)).toHaveText(expected);
      await page.goto('tags/plans');
      await waitForApp(page);
      await expect(listTitles(page)).toHaveText(expected);
    });

    test(`its URL ${due ? 'is the post' : 'is the not-found page'}`, async ({ page, request }) => {
      const served = await fetchPage(request, `${base}posts/launch-notes`);
      expect(served.status).toBe(due ? 200 : 404);
      const problems = watchConsole(page, (text) => !due && /status of 404/.test(text));
      await page.goto('posts/launch-notes');
      await waitForApp(page);
      await expect(h1(page)).toHaveText(due ? scheduled : 'Page not found');
      expect(problems).toEqual([]);
    });

    test(`the feeds and the sitemap ${due ? 'carry' : 'do not carry'} it`, async ({ request }) => {
      for (const file of ['feed.xml', 'atom.xml', 'feed.json', 'sitemap.xml', 'tags/plans/feed.xml']) {
        const text = await (await request.get(`${base}${file}`)).text();
        expect(text, file).toContain('/posts/field-notes');
        if (due) expect(text, file).toContain('/posts/launch-notes');
        else expect(text, file).not.toContain('launch-notes');
      }
    });

    test(`search ${due ? 'finds' : 'does not find'} it`, async ({ page }) => {
      await page.goto('search?q=zephyrine');
      await waitForApp(page);
      if (due) await expect(currentPage(page).locator('.search-results > li h2')).toHaveText([scheduled]);
      else await expect(currentPage(page).locator('.search-empty')).toContainText('No posts match “zephyrine”.');
    });
  });
}
