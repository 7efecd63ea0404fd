/**
 * Hostile content never runs (issue 4, item 2). The `hostile` fixture site is built from
 * e2e/fixtures/hostile/ (payloads.ts is the corpus; each payload would call
 * `__pwned('<id>')` or `alert(…)` if it ran). Checked:
 *
 * - in Chromium, every post typed into the address bar (prerendered HTML + hydration) and
 *   reached by in-app navigation, and every list page (home, archive, tags, series), both
 *   under the site's Content-Security-Policy and with it bypassed (so the sanitizer and the
 *   escaping are proven on their own, not only by the CSP): nothing runs, and the live DOM
 *   holds no foreign script, no `on*` attribute, no dangerous URL, no embedding element,
 *   and no element clobbering the app's own ids;
 * - every generated file (.html, .xml, .json) of the built site, parsed: HTML pages get
 *   the same DOM checks; feeds and the sitemap have no element but their own, and the HTML
 *   they carry (RSS description, Atom html content, JSON Feed content_html) is sanitized.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { e2eSites, siteUrl } from './sites.ts';
import {
  escapeEverythingIds,
  hostilePosts,
  marker,
  payloads,
  postSource,
  urlPayloads,
  type Payload,
} from './fixtures/hostile/payloads.ts';
import { site as blog, waitForApp, currentPage } from './support.ts';
import { markupChecks } from './unsafe-markup.ts';

type MarkupChecks = ReturnType<typeof markupChecks>;

// jsdom ships without types (and @types/jsdom is not installed): the little used here, typed.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options?: { url?: string; contentType?: string }) => { window: { document: Document } };
};

const root = fileURLToPath(new URL('../', import.meta.url));
const site = e2eSites.find((s) => s.name === 'hostile')!;
const siteRoot = siteUrl('hostile');
const origin = new URL(siteRoot).origin;
const base = site.base;
const outDir = path.join(root, site.outDir);

// ------------------------------------------------------------------------------------------
// The DOM checks, shared by the browser (serialized into the page, with the markup checks
// passed in) and jsdom (generated files). Self-contained: no references outside the function body.

interface CheckOptions {
  /** `page`: a whole page of the app; `fragment`: post HTML carried by a feed. */
  kind: 'page' | 'fragment';
  base: string;
  origin: string;
}

function domProblems(doc: Document, o: CheckOptions, checks: MarkupChecks): string[] {
  const show = (el: Element) => el.outerHTML.replace(/\s+/g, ' ').slice(0, 200);

  // Everywhere: no event handler, no dangerous URL, nothing that embeds or redirects.
  const problems = checks.markupProblems(doc, 'page');
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const tag = el.localName;
    if (tag === 'meta' && el.hasAttribute('http-equiv')) {
      const equiv = el.getAttribute('http-equiv')!.toLowerCase();
      if (equiv !== 'content-security-policy') problems.push(`meta http-equiv="${equiv}": ${show(el)}`);
    }
    // The app's own forms, outside any post's text: the filters, the search boxes, a dialog's close button.
    const ownForm =
      o.kind === 'page' &&
      !el.closest('.prose') &&
      ((el.classList.contains('filter-bar') && el.closest('main')) ||
        (el.getAttribute('role') === 'search' && /\/search$/.test(el.getAttribute('action') ?? '')) ||
        (el.getAttribute('method') === 'dialog' && el.closest('dialog')));
    if (tag === 'form' && !ownForm) {
      problems.push(`form: ${show(el)}`);
    }
  }

  // Inside a post's rendered Markdown (or a feed's HTML): only what the sanitizer allows.
  const contents = o.kind === 'page' ? Array.from(doc.querySelectorAll('.prose')) : [doc.body];
  for (const content of contents) {
    for (const p of checks.markupProblems(content, o.kind === 'page' ? 'rendered post' : 'post'))
      problems.push(`in the post: ${p}`);
  }
  if (o.kind === 'fragment') return problems;

  // The app's scripts and nothing else: its module entry, the theme script, and the data blocks.
  const scripts = Array.from(doc.querySelectorAll('script'));
  let theme = 0;
  let boot = 0;
  for (const s of scripts) {
    const type = s.getAttribute('type');
    const src = s.getAttribute('src');
    const inHead = s.parentElement === doc.head;
    let ok = false;
    if (src !== null) {
      const url = new URL(src, o.origin + o.base);
      ok = type === 'module' && url.origin === o.origin && url.pathname.startsWith(o.base + 'assets/');
    } else if (type === null) {
      ok = inHead && (s.textContent ?? '').includes("localStorage.getItem('quire-theme')");
      if (ok) theme++;
    } else if (type === 'application/json' && s.id === 'QuireBoot') {
      boot++;
      ok = s.parentElement === doc.body;
    } else if (type === 'application/ld+json') {
      ok = inHead;
    }
    if (!ok) problems.push(`foreign script: ${show(s)}`);
    if (type === 'application/json' || type === 'application/ld+json') {
      try {
        JSON.parse(s.textContent ?? '');
      } catch {
        problems.push(`${type} block is not JSON: ${show(s)}`);
      }
    }
  }
  if (theme > 1) problems.push(`${theme} theme scripts`);
  if (boot !== 1) problems.push(`${boot} QuireBoot data blocks`);

  // Nothing clobbers what the app looks up.
  const bootElement = doc.getElementById('QuireBoot');
  if (!bootElement || bootElement.localName !== 'script' || bootElement.getAttribute('type') !== 'application/json') {
    problems.push(`getElementById('QuireBoot') is ${bootElement ? show(bootElement) : 'null'}`);
  }
  const appElement = doc.getElementById('QuireApp');
  if (!appElement || appElement.localName !== 'div' || appElement.parentElement !== doc.body) {
    problems.push(`getElementById('QuireApp') is ${appElement ? show(appElement) : 'null'}`);
  }
  const mainElement = doc.getElementById('QuireMain');
  if (mainElement && mainElement.localName !== 'main') problems.push(`getElementById('QuireMain') is ${show(mainElement)}`);
  if (typeof doc.getElementById !== 'function' || typeof doc.querySelector !== 'function')
    problems.push('document methods clobbered');
  if (!doc.body || doc.body.localName !== 'body') problems.push('document.body clobbered');
  if (doc.defaultView && doc.defaultView.document !== doc) problems.push('document.defaultView clobbered');

  // The Content-Security-Policy comes first in the head and forbids inline script.
  const csp = Array.from(doc.querySelectorAll('meta[http-equiv]')).filter(
    (m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy',
  );
  if (csp.length !== 1) problems.push(`${csp.length} Content-Security-Policy meta tags`);
  else {
    const policy = csp[0]!.getAttribute('content') ?? '';
    if (csp[0]!.parentElement !== doc.head) problems.push('the CSP meta tag is not in the head');
    const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    if (!/'self'/.test(scriptSrc) || /'unsafe-inline'|'unsafe-eval'|\*|data:|https?:/.test(scriptSrc)) {
      problems.push(`weak script-src: ${scriptSrc}`);
    }
    if (!/object-src 'none'/.test(policy)) problems.push(`no object-src 'none' in ${policy}`);
    if (!/base-uri 'self'|base-uri 'none'/.test(policy)) problems.push(`no base-uri in ${policy}`);
    const first = scripts[0];
    if (first && csp[0]!.compareDocumentPosition(first) & 2 /* PRECEDING */)
      problems.push('a script comes before the CSP meta tag');
  }
  return problems;
}

// ------------------------------------------------------------------------------------------
// Browser helpers.

const checkOptions: CheckOptions = { kind: 'page', base, origin };

async function pageProblems(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(
    `(${domProblems.toString()})(document, ${JSON.stringify(checkOptions)}, (${markupChecks.toString()})())`,
  );
}

interface Guard {
  /** Everything that ran, or tried to. */
  fired: string[];
}

/** Records any payload that runs: the marker function, dialogs, popups, navigations away, CSP violations. */
async function guard(page: Page, context: BrowserContext): Promise<Guard> {
  const fired: string[] = [];
  await page.exposeFunction('__pwned', (id: unknown) => {
    fired.push(`__pwned(${JSON.stringify(id)})`);
  });
  page.on('dialog', (dialog) => {
    fired.push(`${dialog.type()}(${JSON.stringify(dialog.message())})`);
    void dialog.dismiss().catch(() => {});
  });
  page.on('popup', (popup) => fired.push(`popup ${popup.url()}`));
  page.on('frameattached', (frame) => fired.push(`frame attached ${frame.url()}`));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && !frame.url().startsWith(origin)) fired.push(`navigated to ${frame.url()}`);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample}`),
    );
  });
  // Nothing leaves the machine: payloads point at .invalid hosts, but be sure.
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  );
  return { fired };
}

/** Lets handlers that fire on load, error, focus, toggle or animation start have their chance. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(250);
}

async function expectNothingRan(page: Page, g: Guard, where: string): Promise<void> {
  const violations = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  expect(g.fired, `payloads that ran on ${where}`).toEqual([]);
  expect(violations, `CSP violations on ${where} (something tried to run or load)`).toEqual([]);
  expect(await pageProblems(page), `DOM problems on ${where}`).toEqual([]);
  expect(page.frames(), `frames on ${where}`).toHaveLength(1);
}

/** The post's Markdown has rendered (prerendered and hydrated, or rendered after navigation). */
async function waitForPostBody(page: Page): Promise<void> {
  await expect(currentPage(page).locator('article.post .prose')).toBeAttached();
  await expect(currentPage(page).locator('.loading')).toHaveCount(0);
  await expect
    .poll(
      () =>
        currentPage(page)
          .locator('.prose')
          .evaluate((el) => Object.keys(el).some((k) => k.startsWith('__react'))),
      {
        message: 'post body rendered by React',
      },
    )
    .toBe(true);
}

const text = (v: Payload | string | undefined) => (typeof v === 'string' ? v : v?.value);
/** What the validator keeps of a value (zod's trim). */
const shown = (v: Payload | string | undefined) => text(v)?.trim();

/** Pages of the built site, from its sitemap. */
function sitemapPaths(): string[] {
  const xml = readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, '&')).pathname);
}

// ------------------------------------------------------------------------------------------

test.describe('the hostile corpus', () => {
  test('has at least 60 distinct payloads, in bodies and in every front matter field that lands in a page', () => {
    const ids = payloads.map((p) => p.id);
    expect(new Set(ids).size, 'payload ids are unique').toBe(ids.length);
    expect(new Set(payloads.map((p) => p.value)).size, 'payload values are distinct').toBe(payloads.length);
    expect(payloads.length).toBeGreaterThanOrEqual(60);
    const places = new Set(payloads.map((p) => p.place));
    for (const place of ['body', 'title', 'summary', 'tags', 'series', 'author', 'cover']) expect(places).toContain(place);
    // Each payload is in a generated post, and each would call the marker with its own id.
    const used = new Set(
      hostilePosts.flatMap((p) =>
        [p.title, p.summary, p.series, p.author, p.cover, ...(p.tags ?? []), ...p.body].filter(
          (v): v is Payload => typeof v === 'object',
        ),
      ),
    );
    for (const p of payloads) {
      expect(used.has(p), `${p.id} is in a post`).toBe(true);
      const decoded = p.value.replace(/base64,([A-Za-z0-9+/=]+)/g, (_, b64: string) => Buffer.from(b64, 'base64').toString());
      if (p.detect === 'marker') expect(decoded, `${p.id} names itself in its marker`).toContain(marker(p.id));
    }
    expect(payloads.filter((p) => p.detect === 'marker').length).toBeGreaterThanOrEqual(60);
  });

  test('the committed posts are what payloads.ts generates', () => {
    for (const post of hostilePosts) {
      const source = readFileSync(path.join(root, site.postsDir!, `${post.slug}.md`), 'utf8');
      expect(source, `${post.slug}.md is stale: run npx tsx e2e/fixtures/hostile/generate.ts`).toBe(postSource(post));
    }
  });
});

for (const csp of ['enforced', 'bypassed'] as const) {
  test.describe(`in the browser, Content-Security-Policy ${csp}`, () => {
    test.use({ bypassCSP: csp === 'bypassed' });

    for (const post of hostilePosts) {
      const postPath = `${base}posts/${post.slug}`;

      test(`post ${post.slug}: typed into the address bar, then reached in the app`, async ({ page, context }) => {
        test.setTimeout(40_000);
        const g = await guard(page, context);

        // Prerendered HTML, then hydration.
        const response = await page.goto(origin + postPath);
        expect(response?.status()).toBe(200);
        await waitForApp(page);
        await waitForPostBody(page);
        await settle(page);
        await expectNothingRan(page, g, `${postPath} (typed)`);
        // Hostile front matter is shown as the text it is, escaped exactly once.
        await expect(currentPage(page).locator('h1')).toHaveText(shown(post.title)!, { useInnerText: false });
        expect(await page.title()).toBe(`${shown(post.title)} · ${blog.title}`);
        if (post.author) await expect(currentPage(page).locator('.post-meta')).toContainText(shown(post.author)!);
        for (const tag of post.tags ?? []) {
          await expect(currentPage(page).locator('.post-header .tag-chips')).toContainText(shown(tag)!);
        }

        // In-app: home → archive → the post, in the same document.
        await page.goto(siteRoot);
        await waitForApp(page);
        await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Archive' }).click();
        await expect(page).toHaveURL(`${origin}${base}archive`);
        await currentPage(page).locator(`a[href="${postPath}"]`).first().click();
        await expect(page).toHaveURL(origin + postPath);
        await expect(currentPage(page).locator('h1')).toHaveText(shown(post.title)!, { useInnerText: false });
        await waitForPostBody(page);
        await settle(page);
        expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
        await expectNothingRan(page, g, `${postPath} (in-app)`);
        expect(await page.title()).toBe(`${shown(post.title)} · ${blog.title}`);
      });
    }

    test('escape-everything (hand-written front matter payloads): typed and in the app', async ({ page, context }) => {
      const g = await guard(page, context);
      await page.goto(`${origin}${base}posts/escape-everything`);
      await waitForApp(page);
      await waitForPostBody(page);
      await settle(page);
      await expectNothingRan(page, g, 'escape-everything (typed)');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Archive' }).click();
      await currentPage(page).locator(`a[href="${base}posts/escape-everything"]`).first().click();
      await waitForPostBody(page);
      await settle(page);
      await expectNothingRan(page, g, 'escape-everything (in-app)');
      const source = readFileSync(path.join(root, site.postsDir!, 'escape-everything.md'), 'utf8');
      for (const id of escapeEverythingIds) expect(source).toContain(`alert('${id}')`);
    });

    // Every list page with the CSP bypassed (the strongest check of escaping); the indexes
    // and one tag and series page with it enforced (any attempt to run shows as a violation).
    test('every list page (home, archive, tags, series), typed into the address bar', async ({ page, context }) => {
      test.setTimeout(90_000);
      const g = await guard(page, context);
      const all = sitemapPaths().filter((p) => !p.startsWith(`${base}posts/`));
      expect(all).toEqual(expect.arrayContaining([base, `${base}archive`, `${base}tags`, `${base}series`]));
      expect(all.filter((p) => p.startsWith(`${base}tags/`)).length).toBeGreaterThanOrEqual(5);
      expect(all.filter((p) => p.startsWith(`${base}series/`)).length).toBeGreaterThanOrEqual(2);
      const lists =
        csp === 'bypassed'
          ? all
          : [
              ...all.filter((p) => !/^\/(?:tags|series)\/./.test(p.slice(base.length - 1))),
              `${base}tags/img-src-x-onerror-pwned-tag-img`,
              `${base}series/script-img-src-x-onerror-pwned-series-img`,
            ];
      expect(all).toEqual(expect.arrayContaining(lists));
      for (const listPath of lists) {
        const response = await page.goto(origin + listPath);
        expect(response?.status(), listPath).toBe(200);
        await waitForApp(page);
        await settle(page);
        await expectNothingRan(page, g, listPath);
      }
    });

    test('list pages reached in the app: tags, each tag, series, each series, home', async ({ page, context }) => {
      test.setTimeout(90_000);
      const g = await guard(page, context);
      await page.goto(siteRoot);
      await waitForApp(page);
      await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const index of ['Tags', 'Series'] as const) {
        await nav.getByRole('link', { name: index }).click();
        const indexPath = `${base}${index.toLowerCase()}`;
        await expect(page).toHaveURL(origin + indexPath);
        await settle(page);
        await expectNothingRan(page, g, `${indexPath} (in-app)`);
        const hrefs = await currentPage(page)
          .locator(`a[href^="${indexPath}/"]`)
          .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
        expect(hrefs.length, `links on ${indexPath}`).toBeGreaterThanOrEqual(2);
        for (const href of hrefs) {
          await nav.getByRole('link', { name: index }).click();
          await expect(page).toHaveURL(origin + indexPath);
          await currentPage(page).locator(`a[href="${href}"]`).first().click();
          await expect(page).toHaveURL(origin + href);
          await expect(currentPage(page).locator('h1')).toBeVisible();
          await settle(page);
          await expectNothingRan(page, g, `${href} (in-app)`);
        }
      }
      await page.locator('header a.site-title').click();
      await expect(page).toHaveURL(siteRoot);
      await settle(page);
      await expectNothingRan(page, g, 'home (in-app)');
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    });

    test('hostile URLs: filters, a not-found path, a search query and a fragment are not reflected as markup', async ({
      page,
      context,
    }) => {
      test.setTimeout(60_000);
      const g = await guard(page, context);
      for (const { id, path: urlPath } of urlPayloads) {
        await page.goto(siteRoot + urlPath);
        await waitForApp(page);
        await settle(page);
        await expectNothingRan(page, g, `${id}: ${urlPath}`);
      }
    });
  });
}

test('the Markdown sources are served as text, not HTML: opening one runs nothing', async ({ page, context, request }) => {
  const g = await guard(page, context);
  for (const post of hostilePosts) {
    const url = `${origin}${base}posts/${post.slug}.md`;
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).not.toMatch(/html|xml|svg|javascript/i);
    await page.goto(url);
    await page.waitForTimeout(100);
    expect(await page.locator('script, img, svg, iframe').count(), url).toBe(0);
  }
  expect(g.fired).toEqual([]);
});

// ------------------------------------------------------------------------------------------
// Every generated file.

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? walk(file) : [file];
  });
}

/** Problems in HTML that a feed carries, once unescaped: the same checks as a post body. */
function htmlFragmentProblems(html: string): string[] {
  const { document } = new JSDOM(`<!doctype html><html><head></head><body>${html}</body></html>`).window;
  const problems = domProblems(document, { kind: 'fragment', base, origin }, markupChecks());
  if (document.head.children.length) problems.push(`head got ${document.head.innerHTML}`);
  return problems;
}

const feedElements = new Set([
  // RSS 2.0 (+ atom:link, dc:creator)
  'rss',
  'channel',
  'title',
  'link',
  'description',
  'language',
  'lastBuildDate',
  'item',
  'guid',
  'pubDate',
  'creator',
  'category',
  // Atom
  'feed',
  'subtitle',
  'id',
  'updated',
  'author',
  'name',
  'uri',
  'entry',
  'published',
  'summary',
  'content',
  // Sitemap
  'urlset',
  'url',
  'loc',
  'lastmod',
]);

function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  // No markup in the raw text but the format's own (there is no CDATA to hide in).
  const raw = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  for (const m of raw.matchAll(/<\/?([A-Za-z][\w:.-]*)/g)) {
    const local = m[1]!.split(':').pop()!;
    if (!feedElements.has(local)) problems.push(`raw <${m[1]}> in the XML`);
  }
  let document: Document;
  try {
    ({ document } = new JSDOM(xml, { contentType: 'application/xml' }).window);
  } catch (error) {
    return [...problems, `not well-formed XML: ${(error as Error).message}`];
  }
  for (const el of Array.from(document.querySelectorAll('*'))) {
    if (!feedElements.has(el.localName)) problems.push(`<${el.tagName}> element in the XML`);
    if (el.namespaceURI === 'http://www.w3.org/1999/xhtml') problems.push(`XHTML element ${el.tagName} in the XML`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.localName)) problems.push(`${attr.name}= on <${el.tagName}>`);
      // Atom's category term is a label, not a URL: only href is followed.
      if (attr.localName === 'href' && !attr.value.startsWith(origin))
        problems.push(`${attr.name}="${attr.value}" on <${el.tagName}>`);
    }
  }
  // Fields whose text is HTML, as feed readers read them: RSS description, Atom html content/summary.
  const root = document.documentElement.localName;
  const htmlFields =
    root === 'rss'
      ? Array.from(document.querySelectorAll('item > description'))
      : root === 'feed'
        ? Array.from(document.querySelectorAll('entry > content, entry > summary, entry > title')).filter(
            (el) => el.getAttribute('type') === 'html',
          )
        : [];
  for (const field of htmlFields) {
    for (const p of htmlFragmentProblems(field.textContent ?? '')) {
      problems.push(`${field.parentElement?.querySelector('link, id')?.textContent ?? ''} <${field.tagName}>: ${p}`);
    }
  }
  // Links and ids are this site's http(s) URLs.
  for (const el of Array.from(document.querySelectorAll('link, guid, loc, id'))) {
    const href = el.getAttribute('href') ?? el.textContent ?? '';
    if (href && !href.startsWith(origin)) problems.push(`<${el.tagName}> ${href} is not a URL of the site`);
  }
  return problems;
}

function jsonProblems(text: string, file: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  if (path.basename(file) === 'feed.json') {
    const feed = value as { items: { id: string; content_html?: string }[] };
    for (const item of feed.items) {
      if (item.content_html !== undefined)
        for (const p of htmlFragmentProblems(item.content_html)) problems.push(`${item.id} content_html: ${p}`);
    }
  }
  // No string anywhere is meant to be HTML except content_html; none holds a live HTML fragment key.
  const visit = (v: unknown, at: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${at}[${i}]`));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (/html$/i.test(k) && k !== 'content_html') problems.push(`unexpected HTML field ${at}.${k}`);
        visit(x, `${at}.${k}`);
      }
    }
  };
  // The search index's shards are keyed by the words of the posts ("html" among them).
  if (!file.includes(`${path.sep}search${path.sep}terms${path.sep}`)) visit(value, '');
  return problems;
}

test.describe('every generated file of the hostile site', () => {
  const files = () => walk(outDir).filter((f) => /\.(?:html|xml|json)$/.test(f) && !f.includes(`${path.sep}assets${path.sep}`));

  test('is found: pages for every post, feeds, sitemap and data files', () => {
    const rel = files().map((f) => path.relative(outDir, f).split(path.sep).join('/'));
    for (const post of hostilePosts) expect(rel).toContain(`posts/${post.slug}/index.html`);
    expect(rel).toEqual(expect.arrayContaining(['index.html', '404.html', 'feed.xml', 'atom.xml', 'feed.json', 'sitemap.xml']));
    expect(rel.filter((f) => f.startsWith('data/')).length).toBeGreaterThan(hostilePosts.length);
  });

  test('HTML pages: the same DOM checks as in the browser, and hostile values shown as text', () => {
    const problems: string[] = [];
    // The offline page, in the worker's script, has no app (no boot data) and holds nothing from the posts; the service worker fills it from kept pages' titles.
    const worker = readFileSync(path.join(outDir, 'sw.js'), 'utf8');
    const { offlinePage } = JSON.parse(/^const QUIRE_DEPLOY = (.*);$/m.exec(worker)![1]!) as { offlinePage: string };
    expect(offlinePage.match(/<script[^>]*>/g)).toEqual(['<script>']);
    for (const file of files().filter((f) => f.endsWith('.html'))) {
      const rel = path.relative(outDir, file);
      const html = readFileSync(file, 'utf8');
      const dom = new JSDOM(html, { url: `${origin}${base}${rel.replace(/index\.html$/, '')}` });
      for (const p of domProblems(dom.window.document, checkOptions, markupChecks())) problems.push(`${rel}: ${p}`);
      // JSON in script blocks cannot end the block early.
      for (const m of html.matchAll(/<script type="application\/(?:ld\+)?json"[^>]*>([\s\S]*?)<\/script>/g)) {
        if (/<\/script|<!--/i.test(m[1]!)) problems.push(`${rel}: script data holds </script or <!--`);
      }
    }
    expect(problems).toEqual([]);

    // Front matter values arrive as the text the author wrote, in the page and in its head.
    for (const post of hostilePosts) {
      const html = readFileSync(path.join(outDir, 'posts', post.slug, 'index.html'), 'utf8');
      const { document } = new JSDOM(html).window;
      expect(document.querySelector('main h1')?.textContent, post.slug).toBe(shown(post.title));
      expect(document.title, post.slug).toBe(`${shown(post.title)} · ${blog.title}`);
      expect(document.querySelector('meta[property="og:title"]')?.getAttribute('content'), post.slug).toBe(shown(post.title));
      const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent) as {
        headline: string;
        author: { name: string };
      };
      expect(ld.headline, post.slug).toBe(shown(post.title));
      if (post.author) expect(ld.author.name, post.slug).toBe(shown(post.author));
      if (post.summary) {
        expect(document.querySelector('meta[name="description"]')?.getAttribute('content'), post.slug).toBe(shown(post.summary));
      }
    }
  });

  test('feeds and sitemap: well-formed, no element but their own, HTML content sanitized', () => {
    const problems: string[] = [];
    for (const file of files().filter((f) => f.endsWith('.xml'))) {
      for (const p of xmlProblems(readFileSync(file, 'utf8'))) problems.push(`${path.relative(outDir, file)}: ${p}`);
    }
    expect(problems).toEqual([]);
  });

  test('JSON files: parse, and feed.json content_html is sanitized', () => {
    const problems: string[] = [];
    for (const file of files().filter((f) => f.endsWith('.json'))) {
      for (const p of jsonProblems(readFileSync(file, 'utf8'), file)) problems.push(`${path.relative(outDir, file)}: ${p}`);
    }
    expect(problems).toEqual([]);
  });

  test('no payload marker appears anywhere it could run', () => {
    // A marker is fine as text, in a non-URL attribute, or inside a JSON data block; anywhere
    // else (a handler, a URL, a script) the checks above already fail. Here: the markers are
    // really in the output (so the checks looked at them), and never in a script outside JSON.
    const frontMatterPayloads = payloads.filter((p) => p.place !== 'body');
    const seen = new Set<string>();
    for (const file of files().filter((f) => f.endsWith('.html'))) {
      const { document } = new JSDOM(readFileSync(file, 'utf8')).window;
      const text = document.documentElement.textContent ?? '';
      for (const p of frontMatterPayloads) if (text.includes(p.detect === 'marker' ? p.id : p.value)) seen.add(p.id);
      for (const s of Array.from(document.querySelectorAll('script'))) {
        const type = s.getAttribute('type');
        if (type !== 'application/json' && type !== 'application/ld+json') {
          expect(s.textContent ?? '', `${path.relative(outDir, file)}: marker in a script`).not.toContain('__pwned');
        }
      }
    }
    // Every front matter payload reaches the pages (as text); body payloads may be removed entirely.
    for (const p of frontMatterPayloads) expect(seen, `${p.id} in the pages`).toContain(p.id);
    expect(marker('x')).toBe("__pwned('x')");
  });
});
