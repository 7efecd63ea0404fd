/**
 * Authors: each post names its authors as links to their pages; `/authors/<slug>` lists
 * an author's posts newest first, is prerendered for a plain static server, and has feeds.
 */
import { expect, test } from '@playwright/test';
import { currentPage, listTitles, published, site, waitForApp } from './support.ts';

const slug = 'jose-villalta';
const byAuthor = published.filter((p) => p.authors.includes(site.author));

test('a post links its author to the author page, which lists their posts newest first', async ({ page }) => {
  const post = byAuthor[0]!;
  await page.goto(`/posts/${post.slug}`);
  await waitForApp(page);
  await currentPage(page).locator('article .post-meta').getByRole('link', { name: site.author }).click();
  await expect(page).toHaveURL(new RegExp(`/authors/${slug}$`));
  await expect(currentPage(page).getByRole('heading', { level: 1 })).toHaveText(`Posts by ${site.author}`);
  await expect(currentPage(page).locator('.list-intro')).toHaveText(`${byAuthor.length} posts`);
  await expect(listTitles(page)).toHaveText(byAuthor.slice(0, site.postsPerPage).map((p) => p.title));
});

test('the author page is prerendered and has its own feeds', async ({ request }) => {
  const html = await (await request.get(`/authors/${slug}`)).text();
  expect(html).toContain(`Posts by ${site.author}`);
  expect(html).toContain(byAuthor[0]!.title);
  const rss = await request.get(`/authors/${slug}/feed.xml`);
  expect(rss.status()).toBe(200);
  expect(await rss.text()).toContain(`<title>${site.title}: posts by ${site.author}</title>`);
  expect((await request.get(`/authors/${slug}/feed.json`)).status()).toBe(200);
  expect((await request.get('/authors/nobody')).status()).toBe(404);
});
