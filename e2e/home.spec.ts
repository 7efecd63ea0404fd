/** The home page: bio, newest-first list, pagination and the tag / series filters. */
import { expect, test, type Page } from '@playwright/test';
import {
  asWritten,
  fetchPage,
  listTitles,
  post,
  published,
  seriesParts,
  site,
  titles,
  waitForApp,
  withTag,
  currentPage,
} from './support.ts';

const perPage = site.postsPerPage;
const totalPages = Math.ceil(published.length / perPage);
const pageOf = (n: number) => published.slice((n - 1) * perPage, n * perPage);

const tagSelect = (page: Page) => page.getByRole('combobox', { name: 'Tag' });
const seriesSelect = (page: Page) => page.getByRole('combobox', { name: 'Series' });
const count = (page: Page) => currentPage(page).getByRole('status');
const postCard = (page: Page, title: string) =>
  currentPage(page)
    .locator('.post-list > li')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) });

test.describe('home page', () => {
  test('sample content is what these tests assume', () => {
    // Guards the expectations below: 21 published posts, three pages of ten.
    expect(published).toHaveLength(21);
    expect(totalPages).toBe(3);
    expect(published[0]!.title).toBe('Eisenhower Matrix');
  });

  test('/ shows the bio and the ten newest posts, newest first', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(site.title);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.title);
    await expect(currentPage(page)).toContainText(site.bioStart);
    await expect(listTitles(page)).toHaveText(titles(pageOf(1)));
    await expect(count(page)).toHaveText(`${published.length} posts`);
    await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText(`Page 1 of ${totalPages}`);
  });

  test('a post card shows title link, summary, date as written, author, reading time and tag chips', async ({ page }) => {
    await page.goto('/');
    const eisenhower = post('eisenhower-matrix');
    const card = postCard(page, eisenhower.title);
    await expect(card.getByRole('link', { name: eisenhower.title })).toHaveAttribute('href', '/posts/eisenhower-matrix');
    await expect(card).toContainText('A simple two-by-two grid for deciding what to do now');
    // Written as 2025-04-09T18:20:00-07:00: shown as the author's calendar day.
    await expect(card.locator('.post-meta')).toHaveText(/^April 9, 2025 · Jose Villalta · \d+ min read$/);
    expect(asWritten(eisenhower.date)).toBe('April 9, 2025');
    const chips = card.getByRole('list', { name: 'Tags' }).getByRole('link');
    await expect(chips).toHaveText(['#productivity']);
    await expect(chips.first()).toHaveAttribute('href', '/tags/productivity');
  });

  test('summaries come from front matter, else the text before <!-- more -->, else the first paragraph', async ({ page }) => {
    await page.goto('/');
    // `summary:` in front matter
    await expect(postCard(page, 'How to Make Good Decisions')).toContainText(
      "The most useful idea I took from Annie Duke's Thinking in Bets",
    );
    // no summary, text before <!-- more -->: the part after the marker is left out
    const emotional = postCard(page, 'Emotional Math');
    await expect(emotional).toContainText('I just finished Thanks for the Feedback by Douglas Stone and Sheila Heen');
    await expect(emotional).toContainText('today I want to share one idea');
    await expect(emotional).not.toContainText('Everyone has blind spots');
    // no summary, no marker: the first paragraph
    await expect(postCard(page, 'Humble Book Bundle')).toContainText('My current bedtime reading is The Linux Memory Manager');
  });

  test("every card shows the date as written whatever the reader's time zone", async ({ browser }) => {
    for (const timezoneId of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const context = await browser.newContext({ timezoneId });
      const page = await context.newPage();
      await page.goto('/');
      await waitForApp(page);
      const dates = currentPage(page).locator('.post-list > li .post-meta time:first-child');
      await expect(dates, timezoneId).toHaveText(pageOf(1).map((p) => asWritten(p.date)));
      await context.close();
    }
  });

  test('/page/2 and /page/3 continue the list; Older and Newer links move between pages', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    const pages = page.getByRole('navigation', { name: 'Pages' });
    await expect(pages.getByRole('link', { name: /Newer posts/ })).toHaveCount(0);

    await pages.getByRole('link', { name: /Older posts/ }).click();
    await expect(page).toHaveURL('/page/2');
    await expect(listTitles(page)).toHaveText(titles(pageOf(2)));
    await expect(pages).toContainText(`Page 2 of ${totalPages}`);
    await expect(currentPage(page)).not.toContainText(site.bioStart);

    await pages.getByRole('link', { name: /Older posts/ }).click();
    await expect(page).toHaveURL('/page/3');
    await expect(listTitles(page)).toHaveText(titles(pageOf(3)));
    await expect(pages).toContainText(`Page 3 of ${totalPages}`);
    await expect(pages.getByRole('link', { name: /Older posts/ })).toHaveCount(0);

    await pages.getByRole('link', { name: /Newer posts/ }).click();
    await expect(page).toHaveURL('/page/2');
    await pages.getByRole('link', { name: /Newer posts/ }).click();
    await expect(page).toHaveURL('/');
    await expect(listTitles(page)).toHaveText(titles(pageOf(1)));
    await expect(currentPage(page)).toContainText(site.bioStart);
  });

  for (const n of [2, 3]) {
    test(`/page/${n} typed directly shows page ${n} and is prerendered`, async ({ page, request }) => {
      await page.goto(`/page/${n}`);
      await expect(page).toHaveTitle(`Posts, page ${n} · ${site.title}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Posts, page ${n}`);
      await expect(listTitles(page)).toHaveText(titles(pageOf(n)));
      await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText(`Page ${n} of ${totalPages}`);

      const raw = await fetchPage(request, `/page/${n}`);
      expect(raw.status).toBe(200);
      for (const p of pageOf(n)) expect(raw.text).toContain(p.title);
      expect(raw.text).toContain(`Page ${n} of ${totalPages}`);
    });
  }

  test('/ is prerendered: the HTML has the bio and the list before any script runs', async ({ request }) => {
    const raw = await fetchPage(request, '/');
    expect(raw.status).toBe(200);
    expect(raw.text).toContain(site.bioStart);
    for (const p of pageOf(1)) expect(raw.text).toContain(p.title);
    expect(raw.text).toContain('April 9, 2025 · Jose Villalta');
    expect(raw.text).toContain(`Page 1 of ${totalPages}`);
  });
});

test.describe('home page filters', () => {
  test('choosing a tag updates the URL, the list and the count', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    await tagSelect(page).selectOption('papers');
    await expect(page).toHaveURL('/?tag=papers');
    const papers = withTag('papers');
    await expect(count(page)).toHaveText(`${papers.length} posts · Clear filters`);
    expect(papers).toHaveLength(8);
    await expect(listTitles(page)).toHaveText(titles(papers));
    await expect(page).toHaveTitle(`Filtered posts · ${site.title}`);
    // Eight posts fit on one page.
    await expect(page.getByRole('navigation', { name: 'Pages' })).toHaveCount(0);
  });

  test('choosing a series, then a tag, combines both; the list stays newest first', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    await seriesSelect(page).selectOption('paper-every-day');
    await expect(page).toHaveURL('/?series=paper-every-day');
    const series = published.filter((p) => p.series === 'Paper every day');
    await expect(count(page)).toContainText(`${series.length} posts`);
    // Newest first (Day Eight first), not the series' reading order.
    await expect(listTitles(page)).toHaveText(titles(series));
    expect(titles(series)).toEqual(titles(seriesParts('Paper every day')).reverse());

    await tagSelect(page).selectOption('scheduling');
    await expect(page).toHaveURL('/?tag=scheduling&series=paper-every-day');
    const both = series.filter((p) => p.tags.includes('scheduling'));
    expect(both).toHaveLength(3);
    await expect(count(page)).toContainText('3 posts');
    await expect(listTitles(page)).toHaveText(titles(both));
    await expect(tagSelect(page)).toHaveValue('scheduling');
    await expect(seriesSelect(page)).toHaveValue('paper-every-day');
  });

  test('"Clear filters" resets the list, the selects and the URL', async ({ page }) => {
    await page.goto('/?tag=scheduling&series=paper-every-day');
    await waitForApp(page);
    await expect(count(page)).toContainText('3 posts');
    await count(page).getByRole('link', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL('/');
    await expect(count(page)).toHaveText(`${published.length} posts`);
    await expect(tagSelect(page)).toHaveValue('');
    await expect(seriesSelect(page)).toHaveValue('');
    await expect(listTitles(page)).toHaveText(titles(pageOf(1)));
    await expect(currentPage(page)).toContainText(site.bioStart);
  });

  test('choosing "All tags" again removes the tag from the URL', async ({ page }) => {
    await page.goto('/?tag=papers&series=paper-every-day');
    await waitForApp(page);
    await tagSelect(page).selectOption('');
    await expect(page).toHaveURL('/?series=paper-every-day');
    await expect(count(page)).toContainText('8 posts');
  });

  test('Back and Forward restore the previous filter state', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    await tagSelect(page).selectOption('papers');
    await expect(page).toHaveURL('/?tag=papers');
    await seriesSelect(page).selectOption('paper-every-day');
    await expect(page).toHaveURL('/?tag=papers&series=paper-every-day');
    await tagSelect(page).selectOption('scheduling');
    await expect(count(page)).toContainText('3 posts');

    await page.goBack();
    await expect(page).toHaveURL('/?tag=papers&series=paper-every-day');
    await expect(tagSelect(page)).toHaveValue('papers');
    await expect(seriesSelect(page)).toHaveValue('paper-every-day');
    await expect(count(page)).toContainText('8 posts');

    await page.goBack();
    await expect(page).toHaveURL('/?tag=papers');
    await expect(tagSelect(page)).toHaveValue('papers');
    await expect(seriesSelect(page)).toHaveValue('');
    await expect(listTitles(page)).toHaveText(titles(withTag('papers')));

    await page.goBack();
    await expect(page).toHaveURL('/');
    await expect(tagSelect(page)).toHaveValue('');
    await expect(count(page)).toHaveText(`${published.length} posts`);
    await expect(listTitles(page)).toHaveText(titles(pageOf(1)));

    await page.goForward();
    await expect(page).toHaveURL('/?tag=papers');
    await expect(count(page)).toContainText('8 posts');
  });

  test('a filter chosen on page 2 starts again at page 1', async ({ page }) => {
    await page.goto('/page/2');
    await waitForApp(page);
    await tagSelect(page).selectOption('books');
    await expect(page).toHaveURL('/?tag=books');
    await expect(listTitles(page)).toHaveText(titles(withTag('books')));
  });

  const typed = [
    { url: '/?tag=papers', tag: 'papers', series: '', posts: withTag('papers') },
    {
      url: '/?series=paper-every-day',
      tag: '',
      series: 'paper-every-day',
      posts: published.filter((p) => p.series === 'Paper every day'),
    },
    {
      url: '/?tag=scheduling&series=paper-every-day',
      tag: 'scheduling',
      series: 'paper-every-day',
      posts: published.filter((p) => p.series === 'Paper every day' && p.tags.includes('scheduling')),
    },
  ];
  for (const { url, tag, series, posts } of typed) {
    test(`${url} typed directly shows the filtered list`, async ({ page, request }) => {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Filtered posts');
      await expect(listTitles(page)).toHaveText(titles(posts));
      await expect(count(page)).toContainText(`${posts.length} ${posts.length === 1 ? 'post' : 'posts'}`);
      await expect(tagSelect(page)).toHaveValue(tag);
      await expect(seriesSelect(page)).toHaveValue(series);
      await expect(currentPage(page)).not.toContainText(site.bioStart);

      // A static host answers the query URL with the home page's HTML.
      const raw = await fetchPage(request, url);
      expect(raw.status).toBe(200);
      expect(raw.text).toContain(site.title);
    });
  }
});
