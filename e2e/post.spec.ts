/** One post: header, series box, neighbours, table of contents and the Markdown body. */
import { expect, test, type Page } from '@playwright/test';
import {
  asWritten,
  fetchPage,
  isSameDocument,
  markDocument,
  post,
  published,
  seriesParts,
  site,
  waitForApp,
  waitForHydrated,
  currentPage,
} from './support.ts';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const meta = (page: Page) => currentPage(page).locator('.post-header .post-meta');
const seriesBox = (page: Page, name: string) => page.getByRole('complementary', { name: `Series: ${name}` });
const moreNav = (page: Page) => page.getByRole('navigation', { name: 'More posts' });

test.describe('post page', () => {
  const day3 = post('paper-every-day-day-three-container-design-patterns');

  test('shows title, date as written, author, reading time and tag links', async ({ page }) => {
    await page.goto(`/posts/${day3.slug}`);
    await expect(page).toHaveTitle(`${day3.title} · ${site.title}`);
    await expect(h1(page)).toHaveText(day3.title);
    await expect(meta(page)).toHaveText(/^July 19, 2022 · Jose Villalta · \d+ min read$/);
    const tags = currentPage(page).locator('.post-header').getByRole('list', { name: 'Tags' }).getByRole('link');
    await expect(tags).toHaveText(['#papers', '#containers', '#kubernetes']);
    await expect(tags.nth(0)).toHaveAttribute('href', '/tags/papers');
    await expect(tags.nth(2)).toHaveAttribute('href', '/tags/kubernetes');
    await expect(currentPage(page).locator('.prose')).toContainText('Design patterns for container-based distributed systems');
  });

  test('a tag link opens the tag page', async ({ page }) => {
    await page.goto(`/posts/${day3.slug}`);
    await waitForApp(page);
    await currentPage(page).locator('.post-header').getByRole('link', { name: '#kubernetes' }).click();
    await expect(page).toHaveURL('/tags/kubernetes');
    await expect(h1(page)).toHaveText('Posts tagged “kubernetes”');
  });

  test('shows the updated date when the post has one', async ({ page }) => {
    const networking = post('understanding-container-networking');
    expect(networking.updated).toBeDefined();
    await page.goto(`/posts/${networking.slug}`);
    await expect(meta(page)).toHaveText(/^March 15, 2025 · Updated March 22, 2025 · Jose Villalta · \d+ min read$/);
    // A post without `updated` says nothing about it.
    await page.goto(`/posts/${day3.slug}`);
    await expect(meta(page)).not.toContainText('Updated');
  });

  test('a guest post shows its own author', async ({ page }) => {
    await page.goto('/posts/year-in-review-2023');
    await expect(h1(page)).toHaveText('2023: A Year in Review');
    await expect(meta(page)).toHaveText(/^December 30, 2023 · John McBride · \d+ min read$/);
  });

  test('series box: "Part 3 of 8 in Paper every day", its parts, and previous / next in the series', async ({ page }) => {
    const parts = seriesParts('Paper every day');
    expect(parts).toHaveLength(8);
    await page.goto(`/posts/${day3.slug}`);
    await waitForApp(page);
    const box = seriesBox(page, 'Paper every day');
    await expect(box).toContainText('Part 3 of 8 in Paper every day');
    await expect(box.getByRole('link', { name: 'Paper every day', exact: true })).toHaveAttribute(
      'href',
      '/series/paper-every-day',
    );

    await box.getByText('All parts').click();
    await expect(box.getByRole('listitem')).toHaveText(parts.map((p) => p.title));
    await expect(box.locator('[aria-current="page"]')).toHaveText(day3.title);

    const inSeries = box.getByRole('navigation', { name: 'In this series' });
    await expect(inSeries.getByRole('link', { name: `← Previous: ${parts[1]!.title}` })).toBeVisible();
    await inSeries.getByRole('link', { name: `Next: ${parts[3]!.title} →` }).click();
    await expect(page).toHaveURL(`/posts/${parts[3]!.slug}`);
    await expect(h1(page)).toHaveText(parts[3]!.title);
    await expect(seriesBox(page, 'Paper every day')).toContainText('Part 4 of 8 in Paper every day');

    await seriesBox(page, 'Paper every day')
      .getByRole('link', { name: `← Previous: ${parts[2]!.title}` })
      .click();
    await expect(page).toHaveURL(`/posts/${day3.slug}`);
    await expect(h1(page)).toHaveText(day3.title);
    await expect(seriesBox(page, 'Paper every day')).toContainText('Part 3 of 8 in Paper every day');
  });

  test('the first and last parts of a series have only next / only previous', async ({ page }) => {
    const parts = seriesParts('Paper every day');
    await page.goto(`/posts/${parts[0]!.slug}`);
    let nav = seriesBox(page, 'Paper every day').getByRole('navigation', { name: 'In this series' });
    await expect(seriesBox(page, 'Paper every day')).toContainText('Part 1 of 8');
    await expect(nav.getByRole('link')).toHaveText([`Next: ${parts[1]!.title} →`]);

    await page.goto(`/posts/${parts[7]!.slug}`);
    nav = seriesBox(page, 'Paper every day').getByRole('navigation', { name: 'In this series' });
    await expect(seriesBox(page, 'Paper every day')).toContainText('Part 8 of 8');
    await expect(nav.getByRole('link')).toHaveText([`← Previous: ${parts[6]!.title}`]);
  });

  test('a series without seriesOrder reads oldest first', async ({ page }) => {
    const parts = seriesParts('One small thing per day');
    await page.goto('/posts/working-backwards');
    const box = seriesBox(page, 'One small thing per day');
    const index = parts.findIndex((p) => p.slug === 'working-backwards');
    await expect(box).toContainText(`Part ${index + 1} of ${parts.length} in One small thing per day`);
    await box.getByText('All parts').click();
    await expect(box.getByRole('listitem')).toHaveText(parts.map((p) => p.title));
  });

  test('older / newer post links follow the whole blog, older on the left', async ({ page }) => {
    const i = published.findIndex((p) => p.slug === day3.slug);
    const newer = published[i - 1]!;
    const older = published[i + 1]!;
    await page.goto(`/posts/${day3.slug}`);
    await waitForApp(page);
    await expect(moreNav(page).getByRole('link')).toHaveText([`← Older post${older.title}`, `Newer post →${newer.title}`]);

    await moreNav(page)
      .getByRole('link', { name: /^← Older post/ })
      .click();
    await expect(page).toHaveURL(`/posts/${older.slug}`);
    await expect(h1(page)).toHaveText(older.title);

    await moreNav(page)
      .getByRole('link', { name: /^Newer post →/ })
      .click();
    await expect(page).toHaveURL(`/posts/${day3.slug}`);
    await expect(h1(page)).toHaveText(day3.title);
  });

  test('the newest post has no newer link and the oldest no older link', async ({ page }) => {
    await page.goto(`/posts/${published[0]!.slug}`);
    await expect(moreNav(page).getByRole('link')).toHaveText([`← Older post${published[1]!.title}`]);
    await page.goto(`/posts/${published.at(-1)!.slug}`);
    await expect(moreNav(page).getByRole('link')).toHaveText([`Newer post →${published.at(-2)!.title}`]);
  });

  test('a long post has a table of contents whose links jump to its headings', async ({ page }) => {
    await page.goto('/posts/year-in-review-2023');
    await waitForApp(page);
    const toc = page.getByRole('navigation', { name: 'Table of contents' });
    const links = toc.getByRole('link');
    const sections = [
      'Leaving AWS',
      'Bottlerocket update operator 1.0',
      'Go modules in buildsys',
      'Joining OpenSauced',
      'Cobra',
      'Going deeper with Neovim',
      'mason.nvim',
      'oil.nvim',
      'nvim-llama',
      'Using LLMs',
      'Social media',
      'Looking ahead',
    ];
    for (const name of sections) await expect(toc.getByRole('link', { name, exact: true })).toBeVisible();

    // Every entry points at a heading of the post with that text.
    for (const link of await links.all()) {
      const href = (await link.getAttribute('href'))!;
      // A fragment of this very page.
      expect(href).toMatch(/^\/posts\/year-in-review-2023#[^#]+$/);
      const target = currentPage(page).locator(`[id="${href.slice(href.indexOf('#') + 1)}"]`);
      await expect(target, href).toHaveCount(1);
      expect(await target.evaluate((el) => /^H[23]$/.test(el.tagName)), href).toBe(true);
      const text = (await target.evaluate((el) => el.textContent ?? '')).replace(/#$/, '').trim();
      expect(text, href).toBe((await link.textContent())!.trim());
    }

    await toc.getByRole('link', { name: 'Social media', exact: true }).click();
    // (The static server redirected the typed URL to /posts/year-in-review-2023/.)
    await expect(page).toHaveURL(/\/posts\/year-in-review-2023\/?#social-media$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Social media' })).toBeInViewport();
  });

  test('a short post has no table of contents', async ({ page }) => {
    await page.goto('/posts/new-blog');
    await expect(h1(page)).toHaveText('New blog!');
    await expect(currentPage(page).locator('.prose')).toContainText('Hello, and welcome');
    await expect(page.getByRole('navigation', { name: 'Table of contents' })).toHaveCount(0);
  });

  test('a code block is highlighted and has a working Copy button', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/posts/understanding-container-networking');
    await waitForApp(page);
    const block = currentPage(page).locator('.prose .code-block').first();
    const code = block.locator('pre code');
    await expect(code).toHaveClass(/language-bash/);
    await expect(code.locator('span[class^="hljs-"]').first()).toBeVisible();
    expect(await code.locator('span[class^="hljs-"]').count()).toBeGreaterThan(5);
    await expect(code).toContainText('ip netns add');

    const copy = block.getByRole('button', { name: 'Copy' });
    await expect(copy).toBeVisible();
    await waitForHydrated(copy);
    await copy.click();
    await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard.trim()).toBe((await code.innerText()).trim());
    // The label goes back after a moment.
    await expect(block.getByRole('button', { name: 'Copy' })).toBeVisible({ timeout: 5_000 });
  });

  test('a Go code block is highlighted too', async ({ page }) => {
    await page.goto('/posts/lets-go');
    const code = currentPage(page).locator('.prose pre code.language-go').first();
    await expect(code.locator('span.hljs-keyword').first()).toBeVisible();
  });

  test('a post opened in the app shows its text while the highlighter is on its way, then colours its code and only its code', async ({
    page,
  }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    await page.route('**/assets/highlight-*.js', async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await page.goto('/tags/go');
    await waitForApp(page);
    await markDocument(page);
    await currentPage(page).getByRole('link', { name: 'Lets Go', exact: true }).click();
    await expect(h1(page)).toHaveText('Lets Go');
    const code = currentPage(page).locator('.prose pre code.language-go').first();
    await expect(code).toContainText('func');
    expect(asked).toBe(true);
    await expect(code.locator('span[class^="hljs-"]')).toHaveCount(0);
    // A keyboard reader scrolling the code block, and every element of the text outside the code.
    const block = code.locator('xpath=..');
    await block.focus();
    await currentPage(page)
      .locator('.prose')
      .evaluate((prose) => {
        (window as unknown as { read: Element[] }).read = [...prose.querySelectorAll('*')].filter((e) => !e.closest('code'));
      });
    release();
    await expect(code.locator('span.hljs-keyword').first()).toBeVisible();
    await expect(code).toHaveClass(/\bhljs\b/);
    expect(await page.evaluate(() => (window as unknown as { read: Element[] }).read.filter((e) => !e.isConnected).length)).toBe(
      0,
    );
    await expect(block).toBeFocused();
    expect(await isSameDocument(page)).toBe(true);
  });

  test('a relative link to another post’s .md file navigates in the app', async ({ page }) => {
    await page.goto('/posts/understanding-container-networking');
    await waitForApp(page);
    const link = currentPage(page).locator('.prose').getByRole('link', { name: 'deep dive into network namespaces on ECS' });
    await expect(link).toHaveAttribute('href', '/posts/network-namespaces-in-ecs');
    await waitForHydrated(link);
    await markDocument(page);
    await link.click();
    await expect(page).toHaveURL('/posts/network-namespaces-in-ecs');
    await expect(h1(page)).toHaveText('A Deep Dive into Network Namespaces in AWS ECS Containers');
    expect(await isSameDocument(page)).toBe(true);
    await expect(currentPage(page).locator('.prose')).toContainText("What's inside a network namespace?");
  });

  test('in a post opened in the app, the copy button, a link to another post and a footnote work as on a loaded one', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/tags/networking');
    await waitForApp(page);
    await markDocument(page);
    await currentPage(page).getByRole('link', { name: 'Understanding Container Networking', exact: true }).click();
    await expect(h1(page)).toHaveText('Understanding Container Networking');
    const prose = currentPage(page).locator('.prose');
    const block = prose.locator('.code-block').first();
    await expect(block.locator('pre code span[class^="hljs-"]').first()).toBeVisible();
    await block.getByRole('button', { name: 'Copy' }).click();
    await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(
      (await block.locator('pre code').innerText()).trim(),
    );

    await prose.locator('sup a').first().click();
    await expect(page).toHaveURL(/\/posts\/understanding-container-networking#user-content-fn-1$/);
    await expect(currentPage(page).locator('[id="user-content-fn-1"]')).toBeInViewport();
    await prose.getByRole('link', { name: 'deep dive into network namespaces on ECS' }).click();
    await expect(page).toHaveURL('/posts/network-namespaces-in-ecs');
    await expect(h1(page)).toHaveText('A Deep Dive into Network Namespaces in AWS ECS Containers');
    expect(await isSameDocument(page)).toBe(true);
  });

  test('an image has alt text, loads lazily from the posts folder, and displays', async ({ page }) => {
    await page.goto('/posts/understanding-container-networking');
    const img = page.getByRole('img', { name: 'Two containers joined to a bridge by veth pairs' });
    await expect(img).toHaveAttribute('loading', 'lazy');
    await expect(img).toHaveAttribute('src', '/posts/images/bridge.svg');
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  });

  test('a footnote reference jumps to the footnote and back', async ({ page }) => {
    await page.goto('/posts/paper-every-day-day-four-harvest-yield');
    await waitForApp(page);
    const prose = currentPage(page).locator('.prose');
    const ref = prose.locator('sup a').first();
    await expect(ref).toHaveText('1');
    await waitForHydrated(ref);
    // A fragment of this very page.
    const hash = (await ref.getAttribute('href'))!;
    expect(hash).toMatch(/^#[^#]+$/);
    await ref.click();
    await expect(page).toHaveURL(new RegExp(`/posts/paper-every-day-day-four-harvest-yield/?${hash}$`));
    const note = page.locator(`[id="${hash.slice(1)}"]`);
    await expect(note).toHaveCount(1);
    await expect(note).toContainText('CAP Twelve Years Later');
    await expect(note).toBeInViewport();

    // The back reference returns to the text.
    await note.getByRole('link', { name: /Back to reference/i }).click();
    await expect(ref).toBeInViewport();
  });

  test('a footnote followed before the post has hydrated: the text stays and the note is in view', async ({ page }) => {
    // Hold the Markdown back, so the prerendered body cannot hydrate and its links are plain links.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/posts/paper-every-day-day-four-harvest-yield.md', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/posts/paper-every-day-day-four-harvest-yield');
    await waitForApp(page);
    const prose = currentPage(page).locator('.prose');
    const ref = prose.locator('sup a').first();
    expect(await ref.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactFiber')))).toBe(false);
    await ref.click();
    await expect(page).toHaveURL(/#user-content-fn-1$/);
    const note = currentPage(page).locator('[id="user-content-fn-1"]');
    await expect(note).toBeInViewport();
    // A moment for the router to take the new URL in: the text must not give way to a placeholder.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    await expect(currentPage(page).getByText('Loading the post…')).toHaveCount(0);
    await expect(note).toBeInViewport();

    release();
    await waitForHydrated(ref);
    await expect(note).toBeInViewport();
    await expect(prose).toContainText('CAP Twelve Years Later');
  });

  test('with and without a trailing slash, typed directly, and prerendered', async ({ page, request }) => {
    for (const url of ['/posts/lets-go', '/posts/lets-go/']) {
      await page.goto(url);
      await expect(h1(page), url).toHaveText('Lets Go');
      await expect(meta(page), url).toHaveText(/^July 24, 2022 · Jose Villalta · \d+ min read$/);
      await expect(currentPage(page).locator('.prose'), url).toContainText('learning in public');
      await waitForApp(page);

      const raw = await fetchPage(request, url);
      expect(raw.status, url).toBe(200);
      expect(raw.text, url).toContain('Lets Go');
      expect(raw.text, url).toContain('July 24, 2022');
      expect(raw.text, url).toContain("I've been writing Go for work since shortly after the start of last year.");
    }
  });

  const direct = [
    'paper-every-day-day-three-container-design-patterns',
    'year-in-review-2023',
    'understanding-container-networking',
    'eisenhower-matrix',
  ];
  for (const slug of direct) {
    test(`/posts/${slug} is prerendered with title, date, author and body`, async ({ request }) => {
      const p = post(slug);
      const raw = await fetchPage(request, `/posts/${slug}`);
      expect(raw.status).toBe(200);
      expect(raw.html).toMatch(new RegExp(`<title>${p.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `));
      expect(raw.text).toContain(p.title);
      expect(raw.text).toContain(asWritten(p.date));
      for (const author of p.authors) expect(raw.text).toContain(author);
      expect(raw.text).toMatch(/\d+ min read/);
      // The post body, not just the header.
      expect(raw.text.length).toBeGreaterThan(2000);
    });
  }
});

test.describe('drafts', () => {
  test('the draft post has no page', async ({ page, request }) => {
    await page.goto('/posts/lets-go-part-two-draft');
    await expect(h1(page)).toHaveText('Page not found');
    await expect(currentPage(page)).not.toContainText('Slices and Maps');
    const raw = await fetchPage(request, '/posts/lets-go-part-two-draft');
    expect(raw.status).toBe(404);
    expect(raw.text).not.toContain('Slices and Maps');
  });

  test('the draft’s Markdown file is not published', async ({ request }) => {
    const response = await request.get('/posts/lets-go-part-two-draft.md');
    expect(response.status()).toBe(404);
    expect(await response.text()).not.toContain('A slice is a view, not a container');
  });

  test('the Lets Go series has one part and no link to the draft', async ({ page }) => {
    await page.goto('/series/lets-go');
    await expect(h1(page)).toHaveText('Lets Go');
    await expect(currentPage(page).locator('.list-intro')).toContainText('1 part, in reading order');
    await expect(currentPage(page).locator('.post-list > li')).toHaveCount(1);

    await page.goto('/posts/lets-go');
    const box = seriesBox(page, 'Lets Go');
    await expect(box).toContainText('Part 1 of 1 in Lets Go');
    await expect(box.getByRole('navigation', { name: 'In this series' }).getByRole('link')).toHaveCount(0);
    await expect(currentPage(page)).not.toContainText('Slices and Maps');
  });

  test('the draft is in no list: home, tag, archive, series index', async ({ page }) => {
    for (const url of ['/', '/tags/go', '/archive', '/?series=lets-go', '/?tag=go']) {
      await page.goto(url);
      await waitForApp(page);
      await expect(currentPage(page), url).not.toContainText('Slices and Maps');
    }
    await page.goto('/tags/go');
    await expect(currentPage(page).locator('.list-intro')).toContainText('2 posts');
    await page.goto('/series');
    await expect(page.getByRole('listitem').filter({ hasText: 'Lets Go' })).toHaveText('Lets Go 1 part');
  });
});
