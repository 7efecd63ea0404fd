/** Tags, one tag, the series index, one series and the archive. */
import { expect, test, type Page } from '@playwright/test';
import {
  asWritten,
  fetchPage,
  listTitles,
  published,
  seriesParts,
  site,
  slugOf,
  titles,
  waitForApp,
  withTag,
  currentPage,
} from './support.ts';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** Every tag of the published posts with its number of posts. */
function tagCounts() {
  const counts = new Map<string, number>();
  for (const p of published) for (const t of p.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count }));
}

test.describe('tags', () => {
  test('/tags lists every tag with its count, linking to the tag page', async ({ page, request }) => {
    await page.goto('/tags');
    await expect(page).toHaveTitle(`Tags · ${site.title}`);
    await expect(h1(page)).toHaveText('Tags');
    const chips = currentPage(page).locator('.tag-cloud').getByRole('link');
    const expected = tagCounts();
    await expect(chips).toHaveCount(expected.length);
    for (const { name, count } of expected) {
      const chip = chips.filter({ hasText: new RegExp(`^#${name} ${count}$`) });
      await expect(chip, name).toHaveCount(1);
      await expect(chip, name).toHaveAttribute('href', `/tags/${slugOf(name)}`);
    }

    const raw = await fetchPage(request, '/tags');
    expect(raw.status).toBe(200);
    expect(raw.text).toContain('Tags');
    expect(raw.text).toContain('#papers 8');
    expect(raw.text).toContain('#distributed systems 4');
  });

  test('clicking a tag shows its posts, newest first', async ({ page }) => {
    await page.goto('/tags');
    await waitForApp(page);
    await currentPage(page)
      .locator('.tag-cloud')
      .getByRole('link', { name: /^#papers/ })
      .click();
    await expect(page).toHaveURL('/tags/papers');
    await expect(h1(page)).toHaveText('Posts tagged “papers”');
    await expect(page).toHaveTitle(`Posts tagged “papers” · ${site.title}`);
    await expect(currentPage(page).locator('.list-intro')).toContainText('8 posts');
    await expect(listTitles(page)).toHaveText(titles(withTag('papers')));
  });

  for (const name of ['papers', 'distributed systems', 'go']) {
    const slug = slugOf(name);
    test(`/tags/${slug} typed directly shows the tag’s posts and is prerendered`, async ({ page, request }) => {
      const posts = withTag(name);
      await page.goto(`/tags/${slug}`);
      await expect(h1(page)).toHaveText(`Posts tagged “${name}”`);
      await expect(currentPage(page).locator('.list-intro')).toContainText(
        `${posts.length} ${posts.length === 1 ? 'post' : 'posts'}`,
      );
      await expect(listTitles(page)).toHaveText(titles(posts));

      const raw = await fetchPage(request, `/tags/${slug}`);
      expect(raw.status).toBe(200);
      expect(raw.text).toContain(`Posts tagged “${name}”`);
      for (const p of posts) expect(raw.text).toContain(p.title);
    });
  }

  test('the tag page links back to the filtered home page and to all tags', async ({ page }) => {
    await page.goto('/tags/books');
    await waitForApp(page);
    await page.getByRole('link', { name: 'Filter the home page by this tag' }).click();
    await expect(page).toHaveURL('/?tag=books');
    await expect(listTitles(page)).toHaveText(titles(withTag('books')));
    await page.goBack();
    // Typed without a slash, the static server redirected the first visit to /tags/books/.
    await expect(page).toHaveURL(/\/tags\/books\/?$/);
    await expect(h1(page)).toHaveText('Posts tagged “books”');
    await page.getByRole('link', { name: 'All tags' }).click();
    await expect(page).toHaveURL('/tags');
    await expect(h1(page)).toHaveText('Tags');
  });
});

test.describe('series', () => {
  const all = [
    { name: 'Paper every day', parts: seriesParts('Paper every day') },
    { name: 'One small thing per day', parts: seriesParts('One small thing per day') },
    { name: 'Lets Go', parts: seriesParts('Lets Go') },
  ];

  test('/series lists every series with its number of parts', async ({ page, request }) => {
    await page.goto('/series');
    await expect(page).toHaveTitle(`Series · ${site.title}`);
    await expect(h1(page)).toHaveText('Series');
    const items = currentPage(page).locator('.series-list > li');
    await expect(items).toHaveCount(all.length);
    for (const { name, parts } of all) {
      const item = items.filter({ hasText: name });
      await expect(item).toHaveText(`${name} ${parts.length} ${parts.length === 1 ? 'part' : 'parts'}`);
      await expect(item.getByRole('link')).toHaveAttribute('href', `/series/${slugOf(name)}`);
    }

    const raw = await fetchPage(request, '/series');
    expect(raw.status).toBe(200);
    expect(raw.text).toContain('Paper every day 8 parts');
    expect(raw.text).toContain('Lets Go 1 part');
  });

  test('clicking a series shows it in reading order', async ({ page }) => {
    await page.goto('/series');
    await waitForApp(page);
    await currentPage(page).getByRole('link', { name: 'Paper every day' }).click();
    await expect(page).toHaveURL('/series/paper-every-day');
    await expect(h1(page)).toHaveText('Paper every day');
    await expect(listTitles(page)).toHaveText(titles(seriesParts('Paper every day')));
  });

  test('/series/paper-every-day typed directly: Day One … Day Eight, prerendered', async ({ page, request }) => {
    const parts = seriesParts('Paper every day');
    await page.goto('/series/paper-every-day');
    // Not the bare name: a post may be named like its series (/posts/lets-go, /series/lets-go).
    await expect(page).toHaveTitle(`Series “Paper every day” · ${site.title}`);
    await expect(h1(page)).toHaveText('Paper every day');
    await expect(currentPage(page).locator('.list-intro')).toContainText('8 parts, in reading order');
    await expect(listTitles(page)).toHaveText(titles(parts));
    await expect(listTitles(page).first()).toContainText('Day One: Mesos');
    await expect(listTitles(page).last()).toContainText('Day Eight: Omega');

    const raw = await fetchPage(request, '/series/paper-every-day');
    expect(raw.status).toBe(200);
    expect(raw.text).toContain('8 parts, in reading order');
    const positions = parts.map((p) => raw.text.indexOf(p.title));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('a series without seriesOrder reads oldest first', async ({ page }) => {
    await page.goto('/series/one-small-thing-per-day');
    await expect(h1(page)).toHaveText('One small thing per day');
    await expect(listTitles(page)).toHaveText(titles(seriesParts('One small thing per day')));
    await expect(listTitles(page).first()).toHaveText('Announcing a Small Update per Day');
  });

  test('"Newest first" opens the home page filtered by the series', async ({ page }) => {
    await page.goto('/series/paper-every-day');
    await waitForApp(page);
    await page.getByRole('link', { name: 'Newest first' }).click();
    await expect(page).toHaveURL('/?series=paper-every-day');
    await expect(listTitles(page)).toHaveText(titles(seriesParts('Paper every day')).reverse());
  });
});

test.describe('archive', () => {
  /** Year → month → posts, newest first. */
  function grouped() {
    const years: { year: string; months: { month: string; posts: typeof published }[] }[] = [];
    for (const p of published) {
      const year = p.date.slice(0, 4);
      const month = asWritten(p.date).split(' ')[0]!;
      let y = years.at(-1);
      if (y?.year !== year) years.push((y = { year, months: [] }));
      let m = y.months.at(-1);
      if (m?.month !== month) y.months.push((m = { month, posts: [] }));
      m.posts.push(p);
    }
    return years;
  }

  test('/archive lists every post by year and month, newest first', async ({ page, request }) => {
    await page.goto('/archive');
    await expect(page).toHaveTitle(`Archive · ${site.title}`);
    await expect(h1(page)).toHaveText('Archive');
    await expect(currentPage(page).locator('.list-intro')).toHaveText(`${published.length} posts`);

    const years = grouped();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      years.map((y) => `${y.year} ${y.months.reduce((n, m) => n + m.posts.length, 0)}`),
    );
    for (const y of years) {
      const section = page.getByRole('region', { name: new RegExp(`^${y.year}`) });
      await expect(section.getByRole('heading', { level: 3 })).toHaveText(y.months.map((m) => m.month));
      const entries = y.months.flatMap((m) => m.posts);
      await expect(section.getByRole('listitem')).toHaveText(entries.map((p) => `${asWritten(p.date)}${p.title}`));
    }
    await expect(currentPage(page).getByRole('link')).toHaveCount(published.length);

    const raw = await fetchPage(request, '/archive');
    expect(raw.status).toBe(200);
    expect(raw.text).toContain(`${published.length} posts`);
    for (const p of published) expect(raw.text).toContain(p.title);
  });

  test('an archive entry opens its post', async ({ page }) => {
    await page.goto('/archive');
    await waitForApp(page);
    await currentPage(page).getByRole('link', { name: 'New blog!' }).click();
    await expect(page).toHaveURL('/posts/new-blog');
    await expect(h1(page)).toHaveText('New blog!');
  });
});
