/** Keyboard and screen-reader basics, a clean console on every page, and phone layout. */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { published, waitForApp, watchConsole, currentPage } from './support.ts';

/** Presses Tab (at most `limit` times) until `target` has focus, as a keyboard user would reach it. */
async function tabTo(page: Page, target: Locator, limit: number) {
  for (let i = 0; i < limit && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Every URL a reader can type, with the heading it must show. */
const routes: { url: string; heading: string }[] = [
  { url: '/', heading: 'Jose Villalta' },
  { url: '/page/2', heading: 'Posts, page 2' },
  { url: '/page/3', heading: 'Posts, page 3' },
  { url: '/?tag=papers', heading: 'Filtered posts' },
  { url: '/?series=paper-every-day', heading: 'Filtered posts' },
  { url: '/?tag=scheduling&series=paper-every-day', heading: 'Filtered posts' },
  {
    url: '/posts/paper-every-day-day-three-container-design-patterns',
    heading: 'Paper every day. Day Three: Container Design Patterns',
  },
  {
    url: '/posts/paper-every-day-day-three-container-design-patterns/',
    heading: 'Paper every day. Day Three: Container Design Patterns',
  },
  { url: '/posts/understanding-container-networking', heading: 'Understanding Container Networking' },
  { url: '/posts/year-in-review-2023', heading: '2023: A Year in Review' },
  { url: '/posts/lets-go', heading: 'Lets Go' },
  { url: '/tags', heading: 'Tags' },
  { url: '/tags/papers', heading: 'Posts tagged “papers”' },
  { url: '/tags/distributed-systems', heading: 'Posts tagged “distributed systems”' },
  { url: '/series', heading: 'Series' },
  { url: '/series/paper-every-day', heading: 'Paper every day' },
  { url: '/archive', heading: 'Archive' },
];

const notFoundRoutes = ['/nope', '/posts/does-not-exist', '/page/99', '/tags/nope', '/posts/lets-go-part-two-draft'];

test.describe('keyboard', () => {
  test('the first Tab reaches a visible "Skip to content" link; Enter moves focus to the main content', async ({ page }) => {
    await page.goto('/posts/year-in-review-2023');
    await waitForApp(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    // The next Tab continues inside the main content, not in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });

  test('a keyboard-focused link has a visible focus outline', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // site title
    const focused = page.locator(':focus');
    await expect(focused).toHaveText('Jose Villalta');
    const outline = await focused.evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThan(0);
  });

  test("a post link opens with Enter, and focus lands on the new page's heading", async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    const link = currentPage(page).getByRole('link', { name: published[0]!.title, exact: true });
    await tabTo(page, link, 40);
    expect(await link.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/posts/${published[0]!.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  test('the filters are labelled and usable with the keyboard', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    const tag = page.getByRole('combobox', { name: 'Tag' });
    await tabTo(page, tag, 15);
    expect(await tag.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('ArrowDown'); // the first tag
    await expect(page).toHaveURL(/\?tag=papers$/);
    await expect(currentPage(page).getByRole('status')).toContainText('8 posts');
    await expect(page.getByRole('combobox', { name: 'Series' })).toBeVisible();
  });

  test('choosing a filter with the keyboard leaves focus on the select, so the reader can keep choosing', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    const tag = page.getByRole('combobox', { name: 'Tag' });
    await tabTo(page, tag, 15);
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/\?tag=papers$/);
    await expect(tag).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/\?tag=books$/);
    await expect(tag).toHaveValue('books');
  });

  test('two quick arrow presses on a filter land two options down, not one', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    const tag = page.getByRole('combobox', { name: 'Tag' });
    await tag.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/\?tag=books$/);
    await expect(tag).toHaveValue('books');
    await expect(tag).toBeFocused();
  });

  test('the theme toggle works from the keyboard', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    const before = await toggle.getAttribute('aria-pressed');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', before === 'true' ? 'false' : 'true');
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-pressed', before!);
  });
});

test.describe('every page', () => {
  for (const { url, heading } of routes) {
    test(`${url}: its heading, landmarks and labelled images; no console errors or hydration mismatches`, async ({ page }) => {
      const problems = watchConsole(page);
      await page.goto(url);
      await waitForApp(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      for (const img of await currentPage(page).locator('img').all()) {
        expect(await img.getAttribute('alt'), (await img.getAttribute('src')) ?? '').toBeTruthy();
      }
      // Let idle-time prefetching and lazy images finish.
      await page.waitForLoadState('networkidle');
      expect(
        problems.filter((p) => /hydrat|did not match|mismatch/i.test(p)),
        'hydration',
      ).toEqual([]);
      expect(problems).toEqual([]);
    });
  }

  for (const url of notFoundRoutes) {
    test(`${url}: the not-found page logs nothing but the 404 itself`, async ({ page }) => {
      // The browser reports the 404 status of the document (and of the missing post's data).
      const problems = watchConsole(page, (text) =>
        /^Failed to load resource: the server responded with a status of 404/.test(text),
      );
      await page.goto(url);
      await waitForApp(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
    });
  }

  test('browsing around in the app logs nothing', async ({ page }) => {
    const problems = watchConsole(page);
    await page.goto('/');
    await waitForApp(page);
    const main = currentPage(page);
    await main.getByRole('link', { name: published[0]!.title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(published[0]!.title);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Series' }).click();
    await main.getByRole('link', { name: 'Paper every day' }).click();
    await main.getByRole('link', { name: /Day Three/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Day Three');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tags' }).click();
    await main.getByRole('link', { name: /^#go/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Posts tagged “go”');
    await page.goBack();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Day Three');
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  const noHorizontalScroll = async (page: Page) =>
    page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));

  for (const url of [
    '/',
    '/posts/understanding-container-networking',
    '/posts/network-namespaces-in-ecs',
    '/posts/year-in-review-2023',
    '/posts/paper-every-day-day-three-container-design-patterns',
    '/archive',
    '/tags',
  ]) {
    test(`${url} has no horizontal scroll at 390 px`, async ({ page }) => {
      await page.goto(url);
      await waitForApp(page);
      const { scrollWidth, innerWidth } = await noHorizontalScroll(page);
      expect(innerWidth).toBe(390);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    });
  }
});
