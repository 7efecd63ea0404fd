/** Search: the /search page, the header box, the palette and its keys, a sub-path, and no JavaScript. */
import { expect, test, type Page } from '@playwright/test';
import { currentPage, post, waitForApp } from './support.ts';
import { siteUrl } from './sites.ts';

const borg = post('paper-every-day-day-seven-borg');
const results = (page: Page) => currentPage(page).locator('.search-results > li h2');
const status = (page: Page) => currentPage(page).locator('.search-status');
const searchBox = (page: Page) => currentPage(page).getByRole('searchbox', { name: 'Search posts' });
const palette = (page: Page) => page.getByRole('dialog', { name: 'Search' });

test.describe('search page', () => {
  test('a query in the URL shows its results, best first, with the words marked', async ({ page }) => {
    await page.goto('/search?q=borg');
    await expect(page).toHaveTitle(/^Search · /);
    await expect(results(page).first()).toHaveText(borg.title);
    await expect(status(page)).toHaveText(/^\d+ results? for “borg”$/);
    await expect(results(page).first().locator('mark')).toHaveText(['Borg']);
    await expect(searchBox(page)).toHaveValue('borg');
    await expect(results(page).first().getByRole('link')).toHaveAttribute('href', `/posts/${borg.slug}`);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });

  test('a quoted phrase finds its words in order only, and the result shows the passage around them', async ({ page }) => {
    await page.goto('/search?q=%22single+scheduler+that+tries%22');
    await expect(results(page)).toHaveText([post('paper-every-day-day-eight-omega').title]);
    const excerpt = currentPage(page).locator('.search-results > li .post-card-summary');
    await expect(excerpt).toContainText('a single scheduler that tries to handle every kind of workload');
    await expect(excerpt.locator('mark')).toHaveText(['single', 'scheduler', 'tries']);
    await page.goto('/search?q=%22tries+scheduler+single%22');
    await expect(currentPage(page).locator('.search-empty')).toContainText('No posts match “"tries scheduler single"”.');
  });

  test('accents and case fold; a word only in a draft finds nothing, and says what to do', async ({ page }) => {
    await page.goto('/search?q=B%C3%B3RG');
    await expect(results(page).first()).toHaveText(borg.title);
    await page.goto('/search?q=bitten');
    await expect(currentPage(page).locator('.search-empty')).toContainText('No posts match “bitten”.');
    await expect(currentPage(page).locator('.search-empty').getByRole('link', { name: 'archive' })).toHaveAttribute(
      'href',
      '/archive',
    );
    await expect(results(page)).toHaveCount(0);
  });

  test('typing replaces the query in the URL; Back leaves the page, and comes back to the same results', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    await page.getByRole('link', { name: 'Archive' }).click();
    await expect(page).toHaveURL(/\/archive$/);
    await page.goto('/search');
    await waitForApp(page);
    await searchBox(page).fill('omeg');
    await expect(page).toHaveURL(/\/search\?q=omeg$/);
    await searchBox(page).pressSequentially('a');
    await expect(page).toHaveURL(/\/search\?q=omega$/);
    await expect(results(page).first()).toContainText('Omega');
    await results(page).first().getByRole('link').click();
    await expect(page).toHaveURL(/\/posts\/paper-every-day-day-eight-omega$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/search\?q=omega$/);
    await expect(searchBox(page)).toHaveValue('omega');
    await expect(results(page).first()).toContainText('Omega');
    // Typing replaced the entries: one Back more is the page before the search page.
    await page.goBack();
    await expect(page).toHaveURL(/\/archive$/);
  });

  test('tag and series parameters narrow the results', async ({ page }) => {
    await page.goto('/search?q=cluster');
    await expect(results(page).first()).toBeVisible();
    const all = await results(page).count();
    await page.goto('/search?q=cluster&tag=scheduling');
    await expect(currentPage(page).locator('.search-narrowing')).toContainText('Only posts tagged “scheduling”');
    await expect(results(page).first()).toBeVisible();
    expect(await results(page).count()).toBeLessThan(all);
    for (const card of await currentPage(page).locator('.search-results > li').all()) {
      await expect(card.getByRole('list', { name: 'Tags' })).toContainText('#scheduling');
    }
    await page.goto('/search?q=cluster&series=paper-every-day');
    await expect(results(page).first()).toBeVisible();
    for (const card of await currentPage(page).locator('.search-results > li').all())
      await expect(card).toContainText('Paper every day');
  });
});

test.describe('header search box', () => {
  test('is a search box in every page header; Enter shows the results page', async ({ page }) => {
    await page.goto(`/posts/${borg.slug}`);
    await waitForApp(page);
    const box = page
      .getByRole('search')
      .filter({ has: page.locator('#header-search-input') })
      .getByRole('searchbox', { name: 'Search posts' });
    await expect(box).toHaveAttribute('type', 'search');
    await box.fill('kubernetes');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=kubernetes$/);
    await expect(results(page).first()).toContainText('Kubernetes');
  });
});

test.describe('search palette', () => {
  test('/ opens it; typing lists results; arrows choose; Enter opens the post', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    await page.keyboard.press('/');
    const input = palette(page).getByRole('combobox', { name: 'Search posts' });
    await expect(input).toBeFocused();
    await input.pressSequentially('borg');
    const options = palette(page).getByRole('option');
    await expect(options.first()).toContainText(borg.title);
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowUp');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(input).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/posts/${borg.slug}$`));
    await expect(palette(page)).toBeHidden();
    await expect(currentPage(page).getByRole('heading', { level: 1 })).toHaveText(borg.title);
  });

  test('Ctrl+K opens it from anywhere; Escape closes it and returns focus', async ({ page }) => {
    await page.goto('/tags');
    await waitForApp(page);
    const archive = page.getByRole('link', { name: 'Archive' });
    await archive.focus();
    await page.keyboard.press('Control+k');
    await expect(palette(page)).toBeVisible();
    await expect(palette(page).getByRole('combobox')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(palette(page)).toBeHidden();
    await expect(archive).toBeFocused();
  });

  test('/ typed in a field is a character, not a shortcut; Enter without a choice shows every result', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    const box = page.locator('#header-search-input');
    await box.fill('a');
    await box.press('/');
    await expect(box).toHaveValue('a/');
    await expect(palette(page)).toBeHidden();
    await box.press('Control+k');
    await palette(page).getByRole('combobox').fill('paper');
    await expect(palette(page).getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=paper$/);
    await expect(results(page).first()).toBeVisible();
  });
});

test.describe('search under a sub-path', () => {
  test('finds posts and links them under the base', async ({ page }) => {
    await page.goto(`${siteUrl('subpath')}search?q=borg`);
    await expect(results(page).first()).toHaveText(borg.title);
    await expect(results(page).first().getByRole('link')).toHaveAttribute('href', `/blog/posts/${borg.slug}`);
    await expect(page.getByRole('search').first()).toHaveAttribute('action', '/blog/search');
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the form, says search needs JavaScript, and links the archive and the tags', async ({ page }) => {
    await page.goto('/search?q=borg');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
    await expect(page.getByText('Search needs JavaScript.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'archive', exact: true })).toHaveAttribute('href', '/archive');
    await expect(page.getByRole('link', { name: 'tags', exact: true })).toHaveAttribute('href', '/tags');
    // The header's box is a plain GET form to the same page.
    await page.locator('#header-search-input').fill('omega');
    await page.locator('#header-search-input').press('Enter');
    await expect(page).toHaveURL(/\/search\?q=omega$/);
  });
});
