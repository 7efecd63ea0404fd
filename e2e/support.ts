/**
 * What the tests expect, read from the sample posts themselves (public/posts/*.md), and a
 * few helpers for looking at pages the way a reader does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import siteConfig from '../site.config.ts';
import { toInstant } from '../src/lib/dates.ts';

/**
 * The page the reader sees. <main> also holds a few pages rendered ahead of time, out of
 * sight (src/navigation/page-stack/), so tests look inside the visible one.
 */
export const currentPage = (page: Page): Locator => page.locator('main .page[data-page="current"]');

export const site = {
  title: 'Jose Villalta',
  author: 'Jose Villalta',
  bioStart: 'I build container orchestration for a large cloud provider.',
  postsPerPage: 10,
};

export interface SamplePost {
  slug: string;
  title: string;
  /** As written in the front matter. */
  date: string;
  updated?: string;
  /** Names as written (`author: Ann` or `author: [Ann, Bob]`), else the site's author. */
  authors: string[];
  tags: string[];
  series?: string;
  seriesOrder?: number;
  draft: boolean;
}

const postsDir = fileURLToPath(new URL('../public/posts/', import.meta.url));

function readPost(file: string): SamplePost {
  const text = readFileSync(postsDir + file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error(`${file}: no front matter`);
  const fm = parse(match[1]!) as Record<string, unknown>;
  return {
    slug: file.replace(/\.md$/, ''),
    title: String(fm.title),
    date: String(fm.date),
    ...(typeof fm.updated === 'string' && { updated: fm.updated }),
    authors: Array.isArray(fm.author) ? fm.author.map(String) : [typeof fm.author === 'string' ? fm.author : site.author],
    tags: Array.isArray(fm.tags) ? fm.tags.map(String) : [],
    ...(typeof fm.series === 'string' && { series: fm.series }),
    ...(typeof fm.seriesOrder === 'number' && { seriesOrder: fm.seriesOrder }),
    draft: fm.draft === true,
  };
}

/** The build's own rule: offsets count; without one, a date is read in the site's time zone. */
export const instant = (date: string) => toInstant(date, siteConfig.timeZone);

const byNewest = (a: SamplePost, b: SamplePost) => instant(b.date) - instant(a.date) || a.slug.localeCompare(b.slug);

export const allPosts: SamplePost[] = readdirSync(postsDir)
  .filter((f) => f.endsWith('.md'))
  .map(readPost);

/** Every published post, newest first. */
export const published: SamplePost[] = allPosts.filter((p) => !p.draft).sort(byNewest);

export const post = (slug: string): SamplePost => {
  const found = allPosts.find((p) => p.slug === slug);
  if (!found) throw new Error(`no sample post ${slug}`);
  return found;
};

export const titles = (posts: SamplePost[]) => posts.map((p) => p.title);

/** Published posts of a series in reading order: seriesOrder, else oldest first. */
export function seriesParts(name: string): SamplePost[] {
  return published
    .filter((p) => p.series === name)
    .sort((a, b) => (a.seriesOrder ?? 0) - (b.seriesOrder ?? 0) || instant(a.date) - instant(b.date));
}

export const withTag = (tag: string) => published.filter((p) => p.tags.includes(tag));

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "April 9, 2025": the calendar day the author wrote, whatever the reader's time zone. */
export function asWritten(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-');
  return `${months[Number(m) - 1]} ${Number(d)}, ${y}`;
}

/** Tag and series URL slugs of the sample content (plain ASCII names). */
export const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The app has hydrated (or rendered) and is interactive: the theme button only knows
 * its pressed state once the browser's code runs.
 */
export async function waitForApp(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', /^(true|false)$/);
}

/**
 * Until the app has hydrated, a post's links are plain links and its buttons do nothing.
 * Waits until React owns the element, or the post body it is in (a prerendered body is
 * kept as it is, its links and buttons handled by the body).
 */
export async function waitForHydrated(locator: Locator): Promise<void> {
  await expect
    .poll(() => locator.evaluate((el) => Object.keys(el.closest('.prose') ?? el).some((k) => k.startsWith('__reactFiber'))), {
      message: 'element hydrated by React',
    })
    .toBe(true);
}

/** The titles of the post list on the current page, in order. */
export function listTitles(page: Page) {
  return currentPage(page).locator('.post-list > li h2, .post-list > li h3');
}

/** The readable text of the page body of an HTML document, as it arrives from the server. */
export function bodyText(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
  return body
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The server's answer for a URL: final status and the text a reader sees before any script runs. */
export async function fetchPage(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  const html = await response.text();
  return { status: response.status(), url: response.url(), html, text: bodyText(html) };
}

/**
 * Console errors and warnings and uncaught exceptions of a page. `allow` filters out
 * expected messages (e.g. the browser reporting a 404 status for a not-found page).
 */
export function watchConsole(page: Page, allow: (text: string, url: string) => boolean = () => false) {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error' && msg.type() !== 'warning') return;
    // Said by Playwright, not the app: the config blocks the offline worker outside offline.spec.ts.
    if (msg.text().startsWith('Service Worker registration blocked by Playwright')) return;
    if (allow(msg.text(), msg.location().url)) return;
    problems.push(`console.${msg.type()}: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.stack ?? error.message}`));
  return problems;
}

/** Marks the current document; the mark survives in-app navigation but not a full page load. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __e2eMarker?: string }).__e2eMarker = 'same-document';
  });
}

export async function isSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __e2eMarker?: string }).__e2eMarker === 'same-document');
}

/** Relative luminance (0 black … 1 white) of a CSS rgb()/rgba() colour. */
export function luminance(color: string): number {
  const parts = /rgba?\(([^)]+)\)/
    .exec(color)?.[1]
    ?.split(/[ ,/]+/)
    .filter(Boolean)
    .map(Number);
  if (!parts || parts.length < 3) throw new Error(`not an rgb colour: ${color}`);
  const [r, g, b] = parts.slice(0, 3).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
