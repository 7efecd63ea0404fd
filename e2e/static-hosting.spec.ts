/**
 * "Upload dist/ anywhere": the production build served by a plain static server with no
 * SPA fallback, once at `/` (dist/, built with the default baseUrl) and once under the
 * sub-path `/blog/` (the same posts built with QUIRE_BASE_URL=http://localhost:4174/blog/,
 * as the README's deployment guide says). Every URL kind of PRODUCT.md's table: status,
 * content type, the head the server sends before any script runs, the page after
 * JavaScript, in-app navigation, unknown URLs, and every request staying under the base.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  canonical,
  expectFeedLinks,
  expectSameInstant,
  hostedSites,
  jsonLd,
  linksWithRel,
  metaValue,
  metaValues,
  parseHtml,
  served,
  siteConfig,
  statedSummary,
  type HostedSite,
  type RawPage,
} from './head-support.ts';
import {
  asWritten,
  isSameDocument,
  listTitles,
  markDocument,
  post,
  published,
  seriesParts,
  site,
  slugOf,
  titles,
  waitForApp,
  withTag,
  type SamplePost,
  currentPage,
} from './support.ts';

const docTitle = (title: string) => (title === site.title ? title : `${title} · ${site.title}`);
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

const allTags = [...new Set(published.flatMap((p) => p.tags))];
const allSeries = [...new Set(published.flatMap((p) => (p.series ? [p.series] : [])))];

/** One URL kind of PRODUCT.md's table that has its own prerendered HTML file. */
interface Kind {
  label: string;
  /** Relative to the base, without a trailing slash; `` is the home page. */
  path: string;
  /** The page's own title (og:title); `<title>` adds the site's name. */
  title: string;
  description: string | RegExp;
  ld: 'Blog' | 'CollectionPage' | 'BlogPosting';
  h1: string;
  post?: SamplePost;
  /** A post's opening words, as its page shows them. */
  opening?: string;
  /** The posts the page lists, in order. */
  lists?: SamplePost[];
  /** Other links the page must have (relative to the base). */
  links?: string[];
}

const withUpdated = post('network-namespaces-in-ecs');
const withoutUpdated = post('paper-every-day-day-two-kubernetes');
const papers = withTag('papers');
const paperEveryDay = seriesParts('Paper every day');

const kinds: Kind[] = [
  {
    label: 'home',
    path: '',
    title: site.title,
    description: siteConfig.description,
    ld: 'Blog',
    h1: site.title,
    lists: published.slice(0, site.postsPerPage),
  },
  {
    label: 'page 2',
    path: 'page/2',
    title: 'Posts, page 2',
    description: siteConfig.description,
    ld: 'CollectionPage',
    h1: 'Posts, page 2',
    lists: published.slice(site.postsPerPage, 2 * site.postsPerPage),
  },
  ...(
    [
      [withUpdated, "What's inside a network namespace?"],
      [withoutUpdated, 'Day two, and the habit is still alive.'],
    ] as const
  ).map(([p, opening]): Kind => ({
    label: `post ${p.slug}`,
    path: `posts/${p.slug}`,
    title: p.title,
    description: statedSummary(p)!,
    ld: 'BlogPosting',
    h1: p.title,
    post: p,
    opening,
    links: p.tags.map((t) => `tags/${slugOf(t)}`),
  })),
  {
    label: 'tags',
    path: 'tags',
    title: 'Tags',
    description: new RegExp(`^All ${allTags.length} tags: `),
    ld: 'CollectionPage',
    h1: 'Tags',
    links: allTags.map((t) => `tags/${slugOf(t)}`),
  },
  {
    label: 'a tag',
    path: 'tags/papers',
    title: 'Posts tagged “papers”',
    description: `${papers.length} posts tagged papers.`,
    ld: 'CollectionPage',
    h1: 'Posts tagged “papers”',
    lists: papers,
  },
  {
    label: 'series index',
    path: 'series',
    title: 'Series',
    description: new RegExp(`^Posts that belong together: ${allSeries.map(() => '.+').join('')}`),
    ld: 'CollectionPage',
    h1: 'Series',
    links: allSeries.map((s) => `series/${slugOf(s)}`),
  },
  {
    label: 'a series',
    path: 'series/paper-every-day',
    title: 'Series “Paper every day”',
    description: `A series of ${paperEveryDay.length} posts, in reading order.`,
    ld: 'CollectionPage',
    h1: 'Paper every day',
    lists: paperEveryDay,
  },
  {
    label: 'archive',
    path: 'archive',
    title: 'Archive',
    description: `All ${published.length} posts by year and month.`,
    ld: 'CollectionPage',
    h1: 'Archive',
    lists: published,
  },
];

/** Post page links of a page (title links; repeated links to the same post count once), in order. */
function postLinks(hrefs: string[], s: HostedSite): string[] {
  const prefix = `${s.basePath}posts/`;
  const out: string[] = [];
  for (const href of hrefs) {
    if (!href.startsWith(prefix) || href.endsWith('.md') || href.includes('#')) continue;
    if (out.at(-1) !== href) out.push(href);
  }
  return out;
}

/** Everything the head of a page must carry, as the server sends it. */
function expectHead(raw: RawPage, s: HostedSite, kind: Kind, where: string) {
  const url = canonical(s, kind.path);
  expect(raw.titles, `${where}: one <title>`).toEqual([docTitle(kind.title)]);
  expect(metaValue(raw, 'description'), `${where}: meta description`).toMatch(
    typeof kind.description === 'string' ? exact(kind.description) : kind.description,
  );
  expect(
    linksWithRel(raw, 'canonical').map((l) => l.href),
    `${where}: one absolute canonical link from the site's base URL`,
  ).toEqual([url]);
  expect(metaValues(raw, 'robots').join(' '), `${where}: indexable`).not.toMatch(/noindex/);

  expect(metaValue(raw, 'og:title'), `${where}: og:title`).toBe(kind.title);
  expect(metaValue(raw, 'og:description'), `${where}: og:description`).toBe(metaValue(raw, 'description'));
  expect(metaValue(raw, 'og:url'), `${where}: og:url`).toBe(url);
  expect(metaValue(raw, 'og:type'), `${where}: og:type`).toBe(kind.post ? 'article' : 'website');
  expect(metaValue(raw, 'twitter:card'), `${where}: twitter:card`).toMatch(/^summary(_large_image)?$/);

  if (kind.post) {
    const p = kind.post;
    expectSameInstant(metaValue(raw, 'article:published_time'), p.date, `${where}: article:published_time`);
    if (p.updated) expectSameInstant(metaValue(raw, 'article:modified_time'), p.updated, `${where}: article:modified_time`);
    else expect(metaValues(raw, 'article:modified_time'), `${where}: no modified time without updated`).toEqual([]);
    expect(metaValues(raw, 'article:tag'), `${where}: article:tag`).toEqual(p.tags);
  } else {
    expect(
      raw.metas.filter((m) => m.property?.startsWith('article:')),
      `${where}: no article:* tags on a list`,
    ).toEqual([]);
  }

  const blocks = jsonLd(raw);
  expect(blocks, `${where}: one JSON-LD block`).toHaveLength(1);
  const ld = blocks[0]!;
  expect(ld['@context'], `${where}: JSON-LD @context`).toMatch(/^https?:\/\/schema\.org\/?$/);
  expect(ld['@type'], `${where}: JSON-LD @type`).toBe(kind.ld);
  expect(ld.url, `${where}: JSON-LD url`).toBe(url);
  if (kind.post) {
    const p = kind.post;
    expect(ld.headline, `${where}: JSON-LD headline`).toBe(p.title);
    expectSameInstant(ld.datePublished as string, p.date, `${where}: JSON-LD datePublished`);
    expectSameInstant(ld.dateModified as string, p.updated ?? p.date, `${where}: JSON-LD dateModified`);
    expect((ld.author as { name?: string } | undefined)?.name, `${where}: JSON-LD author`).toBe(p.authors[0]);
    expect(ld.description, `${where}: JSON-LD description`).toBe(statedSummary(p));
  } else {
    expect(ld.name, `${where}: JSON-LD name`).toBe(kind.title);
  }

  expectFeedLinks(raw, s.canonicalBase, where);
}

/** An attribute of every element matching a selector, as the live document has it now. */
const attributes = (page: Page, selector: string, name: string) =>
  page.locator(selector).evaluateAll((els, n) => els.map((el) => el.getAttribute(n)), name);

const exact = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** What a reader without JavaScript (or a crawler that runs none) gets in the page body. */
function expectNoScriptContent(raw: RawPage, s: HostedSite, kind: Kind, where: string) {
  expect(raw.h1, `${where}: the page heading before any script runs`).toEqual([kind.h1]);
  if (kind.post) {
    expect(raw.mainText, `${where}: date as written`).toContain(asWritten(kind.post.date));
    expect(raw.mainText, `${where}: the post's text`).toContain(kind.opening!);
    expect(raw.mainLinks, `${where}: link to the Markdown`).toContain(`${s.basePath}posts/${kind.post.slug}.md`);
  }
  if (kind.lists) {
    expect(postLinks(raw.mainLinks, s), `${where}: the post links, in order`).toEqual(
      kind.lists.map((p) => `${s.basePath}posts/${p.slug}`),
    );
  }
  for (const link of kind.links ?? []) expect(raw.mainLinks, `${where}: links to ${link}`).toContain(s.basePath + link);
}

for (const s of hostedSites) {
  test.describe(`static hosting: ${s.name} (${s.root}, canonical ${s.canonicalBase})`, () => {
    for (const kind of kinds) {
      test(`${kind.label}: status with and without trailing slash, and the head before JavaScript`, async ({ page, request }) => {
        const bare = kind.path === '' ? s.root.replace(/\/$/, '') : served(s, kind.path);
        const slashed = served(s, kind.path === '' ? '' : `${kind.path}/`);
        if (bare !== `http://localhost:${new URL(s.root).port}`) {
          const direct = await request.get(bare, { maxRedirects: 0 });
          if (s.foldersOnly || kind.path === '') {
            // Without the trailing slash, a host that serves only folders redirects to the folder.
            expect(direct.status(), `${bare} redirects`).toBe(301);
            expect(new URL(direct.headers().location!, bare).href, `${bare} redirects to the folder`).toBe(slashed);
            const followed = await request.get(bare);
            expect(followed.status(), `${bare} after the redirect`).toBe(200);
            expect(followed.url()).toBe(slashed);
          } else {
            // Most hosts serve `/x` from `x.html`: the same page, with no redirect's round trip.
            expect(direct.status(), `${bare} is served as it is`).toBe(200);
            const raw = await parseHtml(page, await direct.text());
            expectHead(raw, s, kind, bare);
            expectNoScriptContent(raw, s, kind, bare);
          }
        }
        const response = await request.get(slashed, { maxRedirects: 0 });
        expect(response.status(), slashed).toBe(200);
        expect(response.headers()['content-type'], `${slashed} content-type`).toMatch(/^text\/html\b/);
        const raw = await parseHtml(page, await response.text());
        expectHead(raw, s, kind, slashed);
        expectNoScriptContent(raw, s, kind, slashed);
      });

      test(`${kind.label}: typed in the address bar, the page after JavaScript`, async ({ page }) => {
        const url = served(s, kind.path);
        const markdown: string[] = [];
        page.on('request', (r) => void (new URL(r.url()).pathname.endsWith('.md') && markdown.push(r.url())));
        const response = await page.goto(url);
        expect(response?.status()).toBe(200);
        await waitForApp(page);
        expect(page.url(), 'stays on the URL (or its folder form)').toMatch(new RegExp(`^${url.replace(/[.?]/g, '\\$&')}/?$`));
        await expect(h1(page)).toHaveText(kind.h1);
        await expect(page).toHaveTitle(docTitle(kind.title));
        if (kind.lists) {
          const hrefs = await currentPage(page)
            .locator('a[href]')
            .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
          expect(postLinks(hrefs, s)).toEqual(kind.lists.map((p) => `${s.basePath}posts/${p.slug}`));
        }
        if (kind.post) {
          await expect(currentPage(page)).toContainText(asWritten(kind.post.date));
          await expect(currentPage(page).locator('.prose')).toContainText(kind.opening!);
          await expect(currentPage(page).getByRole('link', { name: 'View the Markdown source' })).toHaveAttribute(
            'href',
            `${s.basePath}posts/${kind.post.slug}.md`,
          );
          // Hydrated as it is (at the URL's folder form too), not rendered again from the Markdown.
          expect(markdown, 'requests for Markdown').toEqual([]);
        }
        // The head the app keeps once it runs still names the page by the site's base URL.
        const description = page.locator('meta[name="description"]');
        await expect(description).toHaveCount(1);
        expect(await description.getAttribute('content')).toMatch(
          typeof kind.description === 'string' ? exact(kind.description) : kind.description,
        );
        // (The app sets them in the same step as document.title, checked above.)
        expect
          .soft(await attributes(page, 'link[rel="canonical"]', 'href'), 'canonical after JavaScript')
          .toEqual([canonical(s, kind.path)]);
        expect
          .soft(await attributes(page, 'meta[property="og:url"]', 'content'), 'og:url after JavaScript')
          .toEqual([canonical(s, kind.path)]);
      });
    }

    test('a filtered list /?tag=papers&series=paper-every-day: the home page file, filtered by the app, not indexed', async ({
      page,
      request,
    }) => {
      const url = served(s, '?tag=papers&series=paper-every-day');
      const expected = published.filter((p) => p.series === 'Paper every day' && p.tags.includes('papers'));

      // A static host can only answer a query URL with the home page's file: its head
      // names the unfiltered home page as canonical.
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^text\/html\b/);
      const raw = await parseHtml(page, await response.text());
      expect(linksWithRel(raw, 'canonical').map((l) => l.href)).toEqual([canonical(s, '')]);
      expectFeedLinks(raw, s.canonicalBase, url);
      expect(jsonLd(raw)).toHaveLength(1);

      await page.goto(url);
      await waitForApp(page);
      await expect(h1(page)).toHaveText('Filtered posts');
      await expect(listTitles(page)).toHaveText(titles(expected));
      await expect(page).toHaveTitle(`Filtered posts · ${site.title}`);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', siteConfig.description);
      // A filtered list is not indexed: robots noindex, and no canonical other than the unfiltered home.
      await expect(page.locator('meta[name="robots"]'), 'meta robots noindex on a filtered list').toHaveAttribute(
        'content',
        /noindex/,
      );
      for (const href of await page.locator('link[rel="canonical"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href'))))
        expect(href, 'a filtered list names no canonical but the unfiltered home').toBe(canonical(s, ''));
    });

    for (const [file, type, check] of [
      ['feed.xml', /^(application|text)\/(rss\+)?xml\b/, /<rss\b/],
      ['atom.xml', /^(application|text)\/(atom\+)?xml\b/, /<feed\b/],
      ['feed.json', /^application\/(feed\+)?json\b/, /"version":\s*"https:\/\/jsonfeed\.org\/version\/1\.1"/],
      ['sitemap.xml', /^(application|text)\/xml\b/, /<urlset\b/],
      ['robots.txt', /^text\/plain\b/, /Sitemap: /],
    ] as const) {
      test(`${file}: status 200 and its content type`, async ({ request }) => {
        const url = served(s, file);
        const response = await request.get(url, { maxRedirects: 0 });
        expect(response.status(), url).toBe(200);
        expect(response.headers()['content-type'], `${url} content-type`).toMatch(type);
        const text = await response.text();
        expect(text).toMatch(check);
        // Everything in it that is a URL of this site is absolute, from the site's base URL.
        for (const [, found] of text.matchAll(/https?:\/\/[^\s"'<>]+/g)) {
          if (/^https?:\/\/(localhost|example\.com)\b/.test(found!))
            expect(found, `${url}: ${found} is under the base URL`).toMatch(
              new RegExp(`^${s.canonicalBase.replace(/[.?/]/g, '\\$&')}`),
            );
        }
      });
    }

    for (const path of ['nope', 'posts/nope']) {
      test(`unknown URL ${s.basePath}${path}: status 404 and the not-found page`, async ({ page, request }) => {
        const url = served(s, path);
        const response = await request.get(url, { maxRedirects: 0 });
        expect(response.status(), url).toBe(404);
        expect(response.headers()['content-type']).toMatch(/^text\/html\b/);
        const raw = await parseHtml(page, await response.text());
        expect(raw.h1).toEqual(['Page not found']);
        expect(raw.titles).toEqual([`Page not found · ${site.title}`]);
        expect(metaValues(raw, 'robots').join(' ')).toMatch(/noindex/);
        expectFeedLinks(raw, s.canonicalBase, url);

        const failed: string[] = [];
        page.on('response', (r) => {
          // The app may ask for the unknown post's data before it settles on "not found".
          if (r.status() >= 400 && r.url() !== url && !r.url().includes('/nope')) failed.push(`${r.status()} ${r.url()}`);
        });
        const shown = await page.goto(url);
        expect(shown?.status()).toBe(404);
        await waitForApp(page);
        await expect(h1(page)).toHaveText('Page not found');
        await expect(page).toHaveTitle(`Page not found · ${site.title}`);
        const home = currentPage(page).getByRole('link', { name: 'Go to the home page' });
        // `/blog` or `/blog/`: either reaches the home page (the host redirects the first).
        await expect(home).toHaveAttribute('href', new RegExp(`^${s.basePath.replace(/\/$/, '')}/?$`));
        const followed = await request.get(new URL((await home.getAttribute('href'))!, url).href);
        expect(followed.status()).toBe(200);
        expect(followed.url()).toBe(s.root);
        expect(failed, 'the not-found page loads its own files').toEqual([]);
        await home.click();
        await expect(h1(page)).toHaveText(site.title);
        await expect(page).toHaveURL(new RegExp(`^${s.root.replace(/\/$/, '')}/?$`));
      });
    }

    test('in-app navigation: home → post → tag → archive stays under the base; title, description and canonical follow', async ({
      page,
    }) => {
      const newest = published[0]!;
      const tag = newest.tags[0]!;
      await page.goto(s.root);
      await waitForApp(page);
      await markDocument(page);

      const steps: { click: () => Promise<void>; path: string; title: string; h1: string; description: string | RegExp }[] = [
        {
          click: () => currentPage(page).getByRole('link', { name: newest.title, exact: true }).click(),
          path: `posts/${newest.slug}`,
          title: newest.title,
          h1: newest.title,
          description: statedSummary(newest) ?? /\S/,
        },
        {
          click: () =>
            currentPage(page)
              .locator('.post-header')
              .getByRole('link', { name: `#${tag}`, exact: true })
              .click(),
          path: `tags/${slugOf(tag)}`,
          title: `Posts tagged “${tag}”`,
          h1: `Posts tagged “${tag}”`,
          description: `${withTag(tag).length} ${withTag(tag).length === 1 ? 'post' : 'posts'} tagged ${tag}.`,
        },
        {
          click: () => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Archive' }).click(),
          path: 'archive',
          title: 'Archive',
          h1: 'Archive',
          description: `All ${published.length} posts by year and month.`,
        },
      ];
      for (const step of steps) {
        await step.click();
        await expect(page).toHaveURL(served(s, step.path));
        await expect(h1(page)).toHaveText(step.h1);
        await expect(page).toHaveTitle(docTitle(step.title));
        await expect(page.locator('meta[name="description"]')).toHaveAttribute(
          'content',
          typeof step.description === 'string' ? exact(step.description) : step.description,
        );
        expect
          .soft(await attributes(page, 'link[rel="canonical"]', 'href'), `canonical after moving to ${step.path}`)
          .toEqual([canonical(s, step.path)]);
        expect
          .soft(await attributes(page, 'meta[property="og:url"]', 'content'), `og:url after moving to ${step.path}`)
          .toEqual([canonical(s, step.path)]);
        expect(await isSameDocument(page), 'moved without reloading').toBe(true);
      }
      await page.goBack();
      await expect(page).toHaveURL(served(s, `tags/${slugOf(tag)}`));
      await expect(page).toHaveTitle(docTitle(`Posts tagged “${tag}”`));
    });
  });
}

test.describe('static hosting: the sub-path site asks for nothing outside /blog/', () => {
  const s = hostedSites.find((x) => x.name === 'subpath')!;

  test('pointing at a post link prefetches its data under /blog/ and renders the page ahead of time', async ({ page }) => {
    await page.goto(s.root);
    await waitForApp(page);
    const target = published[3]!;
    const data = page.waitForRequest(
      (r) => r.url().startsWith(`${s.root}data/`) && r.url().endsWith(`/posts/${target.slug}.json`),
    );
    await currentPage(page).getByRole('link', { name: target.title, exact: true }).hover();
    await data;
    const ahead = page.locator('main .page[data-page="ahead"]').filter({ has: page.locator('h1', { hasText: target.title }) });
    await expect(ahead).toHaveCount(1);
  });

  test('a filtered home page links to /blog/, not /blog, before and after JavaScript', async ({ page, request }) => {
    const url = served(s, '?tag=papers');
    const root = new URL(s.root).pathname;
    const bare = root.replace(/\/$/, '');
    const targets = (html: string) =>
      page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'text/html');
        return [
          ...[...doc.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')!),
          ...[...doc.querySelectorAll('main form')].map((f) => f.getAttribute('action') ?? ''),
        ];
      }, html);
    const fromServer = await targets(await (await request.get(url)).text());
    await page.goto(url);
    await waitForApp(page);
    await expect(page.getByRole('link', { name: 'Clear filters' })).toHaveAttribute('href', root);
    const live = await targets(await page.content());
    for (const href of [...fromServer, ...live])
      expect(new URL(href, url).pathname, `${href} is not the bare sub-path`).not.toBe(bare);
    expect(live).toContain(root);
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(s.root);
  });

  test('browsing around: every asset, data, Markdown and image request is under /blog/ and succeeds', async ({ page }) => {
    // Eleven page loads and as many in-app navigations: about 18 s on a quiet machine.
    test.slow();
    const origin = new URL(s.root).origin;
    const outside: string[] = [];
    const failures: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (/^(data|blob|about):/.test(url)) return;
      if (!url.startsWith(s.root)) outside.push(`${r.resourceType()} ${url}`);
    });
    page.on('requestfailed', (r) => {
      // Requests cut short by moving to the next page are not failures of the site.
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') failures.push(`failed ${r.url()}: ${r.failure()?.errorText}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
    });

    await page.goto(s.root);
    await waitForApp(page);
    const newest = published[0]!;
    await currentPage(page).getByRole('link', { name: newest.title, exact: true }).click();
    await expect(h1(page)).toHaveText(newest.title);
    await currentPage(page)
      .locator('.post-header')
      .getByRole('link', { name: `#${newest.tags[0]}`, exact: true })
      .click();
    await expect(h1(page)).toHaveText(`Posts tagged “${newest.tags[0]}”`);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Series' }).click();
    await expect(h1(page)).toHaveText('Series');
    await currentPage(page).getByRole('link', { name: 'Paper every day' }).click();
    await expect(h1(page)).toHaveText('Paper every day');
    await currentPage(page).getByRole('link', { name: paperEveryDay[2]!.title, exact: true }).click();
    await expect(h1(page)).toHaveText(paperEveryDay[2]!.title);
    await nav.getByRole('link', { name: 'Tags' }).click();
    await expect(h1(page)).toHaveText('Tags');
    await nav.getByRole('link', { name: 'Archive' }).click();
    await expect(h1(page)).toHaveText('Archive');
    await currentPage(page).getByRole('link', { name: 'Understanding Container Networking', exact: true }).click();
    await expect(h1(page)).toHaveText('Understanding Container Networking');

    // A post with an image, in the app and typed directly; the image loads from /blog/posts/.
    for (const load of [false, true]) {
      if (load) {
        await page.goto(served(s, 'posts/understanding-container-networking'));
        await waitForApp(page);
      }
      const image = currentPage(page).locator('.prose img').first();
      await image.scrollIntoViewIfNeeded();
      await expect(image).toHaveAttribute('src', new RegExp(`^(${origin})?${s.basePath}posts/`));
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    }
    // The Markdown source link, and pages typed directly.
    const source = currentPage(page).getByRole('link', { name: 'View the Markdown source' });
    const markdown = await page.request.get(new URL((await source.getAttribute('href'))!, s.root).href);
    expect(markdown.status()).toBe(200);
    expect(markdown.headers()['content-type']).toMatch(/^text\/markdown\b/);
    for (const path of ['page/2', 'tags/papers', 'series/one-small-thing-per-day', '?series=lets-go']) {
      await page.goto(served(s, path));
      await waitForApp(page);
      await currentPage(page).locator('a[href*="/posts/"]').first().click();
      await expect(page).toHaveURL((u) => u.href.startsWith(`${s.root}posts/`));
      await expect(currentPage(page).locator('.prose')).toBeVisible();
    }
    await page.waitForLoadState('networkidle');

    expect(outside, `requests outside ${s.root}`).toEqual([]);
    expect(failures, 'failed requests').toEqual([]);
  });
});
