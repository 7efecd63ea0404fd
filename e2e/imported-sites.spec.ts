/**
 * An old Hugo site and an old Jekyll site (src/import/fixtures/hugo, …/jekyll) brought in
 * with `npm run import` into a fresh folder and built as they came out
 * (`npm run build:e2e-fixtures`): what a reader of the new site sees of each old post, and
 * that the old URLs still lead to it.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { e2eSites, importReportFile, siteUrl } from './sites.ts';
import { currentPage, listTitles, waitForApp, watchConsole } from './support.ts';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const notFound = (text: string) => /status of 404/.test(text);
const report = (name: string) => readFileSync(importReportFile(e2eSites.find((s) => s.name === name)!), 'utf8');

/** The post's page: its title, the date as the old site wrote it, its tags and its summary. */
async function expectPost(page: Page, post: { title: string; date: string; tags: string[]; summary?: string }) {
  await expect(h1(page)).toHaveText(post.title);
  const header = currentPage(page).locator('.post-header');
  await expect(header.locator('time').first()).toHaveText(post.date);
  await expect(header.getByRole('list', { name: 'Tags' }).getByRole('link')).toHaveText(post.tags.map((t) => `#${t}`));
  if (post.summary) await expect(header).toContainText(post.summary);
}

/** The image has arrived and is a picture (not a broken one). */
async function expectLoaded(page: Page, name: string) {
  const image = currentPage(page).getByRole('img', { name, exact: true }).first();
  await expect(image).toHaveJSProperty('complete', true);
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
}

/** An old URL lands on the post's new one. */
async function expectLeadsTo(page: Page, oldPath: string, slug: string, title: string) {
  await page.goto(oldPath);
  await expect(page).toHaveURL(new RegExp(`/posts/${slug}$`), { timeout: 15_000 });
  await expect(h1(page)).toHaveText(title);
}

async function expectNotFoundAt(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(h1(page)).toHaveText('Page not found');
}

test.describe('a Hugo site brought in with npm run import', () => {
  test.use({ baseURL: siteUrl('hugo-import') });
  const first = {
    title: 'First Post',
    date: 'May 1, 2020',
    // `tags = ["hugo"]` and `categories = "notes, meta"`.
    tags: ['hugo', 'notes', 'meta'],
    summary: 'Where it all starts.',
  };

  test('the home page lists the posts, not the draft, the translation, the pages or the section pages', async ({ page }) => {
    // Nothing missing either: the favicon of a fresh clone's public/ is there.
    const problems = watchConsole(page);
    await page.goto('/');
    await waitForApp(page);
    await expect(listTitles(page)).toHaveText(['Trip notes', 'First Post']);
    await expect(currentPage(page).locator('.post-card-summary').nth(1)).toHaveText(first.summary);
    expect(problems).toEqual([]);
    await expectNotFoundAt(page, '/posts/the-second-post');
  });

  test('a post reads as it did: date, tags from categories, summary, and its shortcodes as Markdown', async ({ page }) => {
    const problems = watchConsole(page);
    await page.goto('/posts/first-post');
    await waitForApp(page);
    await expectPost(page, first);
    const body = currentPage(page).locator('.prose');
    // {{< youtube >}}: a link to the video.
    await expect(body.getByRole('link', { name: 'Watch on YouTube' })).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=w7Ft2ymGmfc',
    );
    // {{< highlight go >}}: a code block.
    await expect(body.locator('pre code')).toContainText('package main');
    // {{< figure >}} of a file in static/: the image, then its caption.
    await expectLoaded(page, 'A diagram');
    await expect(body.getByText('How the parts fit', { exact: true })).toBeVisible();
    // A shortcode with no Markdown form stays as written (and the import said so).
    await expect(body).toContainText('{{< tweet');
    expect(problems).toEqual([]);
  });

  test('a folder post shows the images beside it, and its date as written in the site’s time zone', async ({ page }) => {
    const problems = watchConsole(page);
    await page.goto('/posts/bundle-trip');
    await waitForApp(page);
    await expectPost(page, { title: 'Trip notes', date: 'March 27, 2022', tags: ['travel'] });
    await expectLoaded(page, 'Map');
    await expectLoaded(page, 'The route we took');
    await expect(currentPage(page).locator('.prose').getByText('The route we took', { exact: true })).toBeVisible();
    // {{< relref >}} and a link to the old site's URL of a post: links to its new page.
    await currentPage(page).getByRole('link', { name: 'the first trip' }).click();
    await expect(h1(page)).toHaveText(first.title);
    expect(problems).toEqual([]);
  });

  test('old URLs lead to the posts: an alias and the URL of the old permalink pattern', async ({ page }) => {
    const problems = watchConsole(page);
    await expectLeadsTo(page, '/old/first/', 'first-post', first.title);
    await expectLeadsTo(page, '/2020/05/first-post/', 'first-post', first.title);
    await expectLeadsTo(page, '/2022/03/trip-notes/', 'bundle-trip', 'Trip notes');
    expect(problems).toEqual([]);
  });

  test('the import said what it skipped and what needs a look', () => {
    const printed = report('hugo-import');
    expect(printed).toContain('content/posts/_index.md: section page (_index.md)');
    expect(printed).toContain('content/posts/second.fr.md: a translation (fr)');
    expect(printed).toMatch(/content\/posts\/first-post\.md:\d+: shortcode "tweet"/);
  });
});

test.describe('a Jekyll site brought in with npm run import', () => {
  test.use({ baseURL: siteUrl('jekyll-import') });
  const hello = {
    title: 'Hello, World',
    // From the file name (2021-02-03-hello-world.md): its front matter has no date.
    date: 'February 3, 2021',
    // `tags: go` and `categories: [Go, Tips]`.
    tags: ['go', 'Tips'],
    summary: 'Saying hello in Go.',
  };

  test('the home page lists the posts, not the drafts (_drafts/ and published: false)', async ({ page }) => {
    // Nothing missing either: the favicon of a fresh clone's public/ is there.
    const problems = watchConsole(page);
    await page.goto('/');
    await waitForApp(page);
    await expect(listTitles(page)).toHaveText(['Hello, World', 'Holiday Notes']);
    expect(problems).toEqual([]);
    await expectNotFoundAt(page, '/posts/second-post');
    await expectNotFoundAt(page, '/posts/unfinished-idea');
  });

  test('a post reads as it did: date, tags from categories, summary, and its Liquid as Markdown', async ({ page }) => {
    // The post links to a post left out as a draft (the build warned of it); nothing else fails.
    const problems = watchConsole(page, notFound);
    await page.goto('/posts/hello-world');
    await waitForApp(page);
    await expectPost(page, hello);
    const body = currentPage(page).locator('.prose');
    // {% highlight go %}: a code block.
    await expect(body.locator('pre code')).toHaveText('fmt.Println("hello")');
    // {{ site.baseurl }}/assets/…: the site's file, copied beside the posts.
    await expectLoaded(page, 'A picture');
    // {% include note.md %}: the included text.
    await expect(body).toContainText('A note included from _includes.');
    await expect(body).not.toContainText('{%');
    expect(problems).toEqual([]);
  });

  test('old URLs lead to the posts: the URL of the old permalink pattern, categories and all', async ({ page }) => {
    const problems = watchConsole(page);
    await expectLeadsTo(page, '/go/tips/2021/02/03/hello-world/', 'hello-world', hello.title);
    await expectLeadsTo(page, '/2020/12/24/holiday-notes/', 'holiday-notes', 'Holiday Notes');
    expect(problems).toEqual([]);
  });
});
