/**
 * Helpers for the static-hosting, head and feed tests: the sites as a reader reaches
 * them and as search engines should name them, and real parsers (the browser's own
 * DOMParser) for the HTML head and the XML feeds the server sends.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { parse } from 'yaml';
import siteConfig from '../site.config.ts';
import { siteUrl } from './sites.ts';
import { instant, type SamplePost } from './support.ts';

export { siteConfig };

export interface HostedSite {
  name: 'blog' | 'subpath';
  /** Where the test server answers, ending in the base path: `http://localhost:4174/blog/`. */
  root: string;
  /** The site's base URL as built: canonical links, feeds and the sitemap start with it. */
  canonicalBase: string;
  /** The path part of `root`: `/` or `/blog/`. */
  basePath: string;
  /** The host serves only folders' index.html (S3's website endpoint), not `/x` from `x.html`. */
  foldersOnly: boolean;
}

/**
 * The sub-path site, normally `siteUrl('subpath')`. E2E_SUBPATH_URL points the tests at
 * another build of the same posts (built with QUIRE_BASE_URL set to that URL and served
 * there under its path), e.g. when port 4174 is taken.
 */
const subpathUrl = process.env.E2E_SUBPATH_URL ?? siteUrl('subpath');

/** dist/ (default baseUrl from site.config.ts) at `/`, and the same posts built for and served under `/blog/`. */
export const hostedSites: HostedSite[] = [
  { name: 'blog', root: siteUrl('blog'), canonicalBase: siteConfig.baseUrl, basePath: '/', foldersOnly: false },
  { name: 'subpath', root: subpathUrl, canonicalBase: subpathUrl, basePath: new URL(subpathUrl).pathname, foldersOnly: true },
];

/** `path` relative to the base (`posts/x`, `` for the home page). */
export const canonical = (site: HostedSite, path: string) => new URL(path, site.canonicalBase).href;
export const served = (site: HostedSite, path: string) => new URL(path, site.root).href;

// ---------------------------------------------------------------------------------------
// Front matter

/** A Markdown file's front matter, parsed with a real YAML parser. */
export function frontMatter(file: string): Record<string, unknown> {
  const text = readFileSync(fileURLToPath(new URL(`../${file}`, import.meta.url)), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error(`${file}: no front matter`);
  return parse(match[1]!) as Record<string, unknown>;
}

/** The `summary` a sample post states in its front matter, if it has one. */
export function statedSummary(post: SamplePost): string | undefined {
  const fm = frontMatter(`public/posts/${post.slug}.md`);
  return typeof fm.summary === 'string' ? fm.summary : undefined;
}

/**
 * The description a page's head gives for a text: the text itself up to 160 characters,
 * else cut at the last word boundary that leaves room for an ellipsis.
 */
export function previewDescription(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= 160) return clean;
  return `${clean.slice(0, clean.lastIndexOf(' ', 159)).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** Two timestamps name the same instant (a bare date is midnight UTC). */
export function expectSameInstant(actual: string | undefined, expected: string, what: string) {
  expect(actual, what).toBeTruthy();
  expect(Date.parse(actual!), `${what}: ${actual} parses`).not.toBeNaN();
  expect(Date.parse(actual!), `${what}: ${actual} is ${expected}`).toBe(instant(expected));
}

/** RFC 3339 date-time (Atom, JSON Feed). */
export const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** RFC 822 date-time as RSS 2.0 requires it (four-digit years allowed, as every reader does). */
export const rfc822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(:\d{2})? (UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|[A-IK-Z]|[+-]\d{4})$/;
/** W3C Datetime as sitemaps allow it. */
export const w3cDatetime = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

// ---------------------------------------------------------------------------------------
// HTML as the server sends it, parsed by the browser without running any script

export interface RawMeta {
  name: string | null;
  property: string | null;
  content: string | null;
}
export interface RawLink {
  rel: string;
  type: string | null;
  href: string | null;
  title: string | null;
}
export interface RawScript {
  type: string | null;
  id: string | null;
  src: string | null;
  text: string;
}
export interface RawPage {
  titles: string[];
  metas: RawMeta[];
  links: RawLink[];
  scripts: RawScript[];
  h1: string[];
  /** `href` attributes of the links in `<main>`, as written. */
  mainLinks: string[];
  mainText: string;
}

/** Parses an HTML document with the browser's DOMParser (scripts do not run). */
export async function parseHtml(page: Page, html: string): Promise<RawPage> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const attr = (el: Element, name: string) => el.getAttribute(name);
    const main = doc.querySelector('main');
    return {
      titles: [...doc.querySelectorAll('title')].map((t) => t.textContent ?? ''),
      metas: [...doc.head.querySelectorAll('meta')].map((m) => ({
        name: attr(m, 'name'),
        property: attr(m, 'property'),
        content: attr(m, 'content'),
      })),
      links: [...doc.head.querySelectorAll('link')].map((l) => ({
        rel: attr(l, 'rel') ?? '',
        type: attr(l, 'type'),
        href: attr(l, 'href'),
        title: attr(l, 'title'),
      })),
      scripts: [...doc.querySelectorAll('script')].map((s) => ({
        type: attr(s, 'type'),
        id: attr(s, 'id'),
        src: attr(s, 'src'),
        text: s.textContent ?? '',
      })),
      h1: [...doc.querySelectorAll('h1')].map((h) => (h.textContent ?? '').trim()),
      mainLinks: main ? [...main.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!) : [],
      mainText: (main?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  }, html);
}

/** Values of `<meta name=key>` or `<meta property=key>`. */
export const metaValues = (raw: RawPage, key: string) =>
  raw.metas.filter((m) => m.name === key || m.property === key).map((m) => m.content ?? '');

/** The one value of a meta tag (fails if it is missing or repeated). */
export function metaValue(raw: RawPage, key: string): string {
  const values = metaValues(raw, key);
  expect(values, `exactly one meta ${key}`).toHaveLength(1);
  return values[0]!;
}

export const linksWithRel = (raw: RawPage, rel: string) => raw.links.filter((l) => l.rel.split(/\s+/).includes(rel));

/** Every JSON-LD block of the page, parsed. */
export function jsonLd(raw: RawPage): Record<string, unknown>[] {
  return raw.scripts
    .filter((s) => s.type === 'application/ld+json')
    .map((s) => {
      try {
        return JSON.parse(s.text) as Record<string, unknown>;
      } catch (error) {
        throw new Error(`JSON-LD does not parse (${String(error)}): ${s.text.slice(0, 300)}`);
      }
    });
}

/** The three feed links every page carries in its head. */
export function expectFeedLinks(raw: RawPage, feedBase: string, where: string) {
  const alternates = linksWithRel(raw, 'alternate');
  for (const [type, file] of [
    ['application/rss+xml', 'feed.xml'],
    ['application/atom+xml', 'atom.xml'],
    ['application/feed+json', 'feed.json'],
  ] as const) {
    const found = alternates.filter((l) => l.type === type);
    expect(found.length, `${where}: link rel=alternate type=${type}`).toBeGreaterThanOrEqual(1);
    expect(
      found.map((l) => l.href),
      `${where}: ${type} link points at the site feed`,
    ).toContain(new URL(file, feedBase).href);
  }
}

// ---------------------------------------------------------------------------------------
// XML, parsed by the browser's DOMParser (a conforming, namespace-aware XML parser)

export interface XmlNode {
  /** Local name. */
  name: string;
  /** Qualified name as written (`atom:link`). */
  qname: string;
  ns: string | null;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** All text inside the element (entities and CDATA resolved). */
  text: string;
}

/** Parses XML; fails the test with the parser's message when the document is not well-formed. */
export async function parseXml(page: Page, source: string, what: string): Promise<XmlNode> {
  const result = await page.evaluate((src) => {
    const doc = new DOMParser().parseFromString(src, 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    if (error) return { error: error.textContent ?? 'parsererror' };
    type Node = {
      name: string;
      qname: string;
      ns: string | null;
      attrs: Record<string, string>;
      children: Node[];
      text: string;
    };
    const convert = (el: Element): Node => ({
      name: el.localName,
      qname: el.tagName,
      ns: el.namespaceURI,
      attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      children: [...el.children].map(convert),
      text: el.textContent ?? '',
    });
    return { root: convert(doc.documentElement) };
  }, source);
  if ('error' in result) throw new Error(`${what} is not well-formed XML: ${result.error}`);
  return result.root;
}

/** Child elements by local name; `ns` null means no namespace (RSS), undefined any. */
export const kids = (node: XmlNode, name: string, ns?: string | null) =>
  node.children.filter((c) => c.name === name && (ns === undefined || c.ns === ns));

export function kid(node: XmlNode, name: string, ns?: string | null): XmlNode {
  const found = kids(node, name, ns);
  expect(found.length, `<${node.qname}> has one <${name}>`).toBe(1);
  return found[0]!;
}

export const kidText = (node: XmlNode, name: string, ns?: string | null) => kid(node, name, ns).text;

export const ATOM = 'http://www.w3.org/2005/Atom';
export const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** GETs a URL and checks it answers 200 with a content type. */
export async function fetchOk(request: APIRequestContext, url: string, type: RegExp) {
  const response = await request.get(url);
  expect(response.status(), `${url} status`).toBe(200);
  expect(response.headers()['content-type'], `${url} content-type`).toMatch(type);
  return response.text();
}
