/** Unknown URLs show a proper not-found page, typed directly or reached in the app. */
import { expect, test, type Page } from '@playwright/test';
import { fetchPage, isSameDocument, markDocument, site, waitForApp, currentPage } from './support.ts';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

async function expectNotFound(page: Page) {
  await expect(h1(page)).toHaveText('Page not found');
  await expect(currentPage(page)).toContainText('There is nothing at this address.');
  await expect(page).toHaveTitle(`Page not found · ${site.title}`);
  await expect(currentPage(page).getByRole('link', { name: 'Go to the home page' })).toBeVisible();
}

test.describe('not found', () => {
  test('/nope: status 404 and the not-found page, even before scripts run', async ({ page, request }) => {
    const response = await page.goto('/nope');
    expect(response?.status()).toBe(404);
    await expectNotFound(page);
    await expect(page).toHaveURL('/nope');

    const raw = await fetchPage(request, '/nope');
    expect(raw.status).toBe(404);
    expect(raw.text).toContain('Page not found');
    expect(raw.html).toMatch(/<meta name="robots" content="noindex/);
  });

  for (const url of ['/posts/does-not-exist', '/page/99', '/tags/nope', '/series/nope', '/nope/deeper/path']) {
    test(`${url} shows the not-found page`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expectNotFound(page);
      await expect(page).toHaveURL(url);
    });
  }

  test('a not-found page asks for no data file that cannot exist (no failed request)', async ({ page }) => {
    for (const url of ['/page/5', '/posts/does-not-exist', '/tags/nope', '/series/nope', '/nope']) {
      const failed: string[] = [];
      const onResponse = (response: import('@playwright/test').Response) => {
        if (response.status() >= 400 && new URL(response.url()).pathname !== url)
          failed.push(`${response.status()} ${response.url()}`);
      };
      page.on('response', onResponse);
      await page.goto(url);
      await waitForApp(page);
      await expectNotFound(page);
      await page.waitForLoadState('networkidle');
      page.off('response', onResponse);
      expect(failed, `${url}: failed requests besides the page itself`).toEqual([]);
    }
  });

  test('the not-found page links home and to the archive', async ({ page }) => {
    await page.goto('/posts/does-not-exist');
    await waitForApp(page);
    await markDocument(page);
    await currentPage(page).getByRole('link', { name: 'Browse the archive' }).click();
    await expect(page).toHaveURL('/archive');
    await expect(h1(page)).toHaveText('Archive');
    await expect(page).toHaveTitle(`Archive · ${site.title}`);
    await page.goBack();
    await expect(page).toHaveURL('/posts/does-not-exist');
    await expect(h1(page)).toHaveText('Page not found');
    await currentPage(page).getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page).toHaveURL('/');
    await expect(h1(page)).toHaveText(site.title);
    await expect(page).toHaveTitle(site.title);
    expect(await isSameDocument(page)).toBe(true);
  });

  test('a missing post whose Markdown has failed before its data answers: still the not-found page', async ({ page }) => {
    // Which 404 settles first must not matter: the post's data answers after the Markdown
    // request has failed and been retried (1 s + 2 s).
    await page.route('**/data/*/posts/does-not-exist.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      await route.continue();
    });
    await page.goto('/posts/does-not-exist');
    await expect(h1(page)).toHaveText('Page not found', { timeout: 10_000 });
    await waitForApp(page);
    await page.waitForLoadState('networkidle');
    await expectNotFound(page);
  });

  test('Back to a not-found page shows its title, not the previous page’s', async ({ page }) => {
    await page.goto('/posts/does-not-exist');
    await waitForApp(page);
    await expect(page).toHaveTitle(`Page not found · ${site.title}`);
    await currentPage(page).getByRole('link', { name: 'Browse the archive' }).click();
    await expect(page).toHaveTitle(`Archive · ${site.title}`);
    await page.goBack();
    await expect(h1(page)).toHaveText('Page not found');
    await expect(page).toHaveTitle(`Page not found · ${site.title}`);
  });
});
