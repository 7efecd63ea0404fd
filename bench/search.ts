/**
 * Search on the big blog, phone profile: bytes and time from the moment a reader starts
 * typing a query to its first result, cold (on the home page, nothing of search loaded:
 * the header box, Enter, the search page) and warm (the next query of the same kind typed
 * into the search page), for a word found in one post and for the commonest word; and how
 * long the index takes to make from the build's cached analyses.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { readAnalyses } from '../src/build/analysis.ts';
import { collectPosts } from '../src/content/collect-posts.ts';
import { searchFiles } from '../src/content/search-index.ts';
import { log, median, sleep } from './format.ts';
import { openPage, type Lab } from './lab.ts';
import { tally, type Network } from './network.ts';
import { firstLine, type Problems } from './problems.ts';
import type { Profile } from './profiles.ts';
import { pickQueries, readShards, type SearchQueries } from './search-queries.ts';

export type QueryKind = keyof SearchQueries;

export interface SearchSample {
  ms?: number;
  /** Over the wire (headers and gzip bodies), from the first key to the first result. */
  bytes?: number;
  requests?: number;
}

export interface SearchBench {
  queries: SearchQueries;
  /** Medians by query kind, then cold and warm. */
  medians: Record<QueryKind, { cold: SearchSample; warm: SearchSample }>;
  raw: Record<QueryKind, { cold: SearchSample[]; warm: SearchSample[] }>;
  /** collectPosts and searchFiles over the cached analyses: the index's part of a build. */
  indexBuildS: number;
}

/** Whether the first result on the search page marks a word starting with the query (so it answers this query, not the last). */
const firstResultFor = (word: string) =>
  [...document.querySelectorAll('.search-results > li:first-child mark')].some((m) =>
    (m.textContent ?? '').toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').startsWith(word),
  );

const resultLimitMs = 30_000;

/** Types a query into a box and waits for its first result; what was fetched meanwhile. */
async function timeQuery(page: Page, net: Network, box: string, word: string, submit: boolean): Promise<SearchSample> {
  const from = net.fetches.length;
  const started = performance.now();
  await page.focus(box);
  await page.fill(box, word);
  if (submit) await page.press(box, 'Enter');
  // A function, not a string: the page's CSP forbids eval.
  await page.waitForFunction(firstResultFor, word, { timeout: resultLimitMs, polling: 'raf' });
  const ms = performance.now() - started;
  // Only what came before the result: its links' prefetches start after it.
  const upto = net.fetches.length;
  await net.settle();
  return { ms, ...tally(net.fetches.slice(0, upto), from) };
}

async function oneRun(lab: Lab, origin: string, words: [string, string], profile: Profile, problems: Problems) {
  const { context, page, net } = await openPage(lab, profile);
  const where = `search "${words[0]}", "${words[1]}" (${profile.name})`;
  try {
    page.on('pageerror', (e) => problems.note(where, `page error: ${e.message}`));
    await page.goto(`${origin}/`, { waitUntil: 'load', timeout: 60_000 });
    await net.idle(profile.quietMs, 10_000);
    const cold = await timeQuery(page, net, '#header-search-input', words[0], true);
    await net.idle(profile.quietMs, 10_000);
    await sleep(500);
    const warm = await timeQuery(page, net, '#search-page-input', words[1], false);
    for (const f of net.failed) problems.note(where, `request failed: ${f}`);
    for (const e of net.errors) problems.note(where, e);
    return { cold, warm };
  } catch (e) {
    problems.note(where, `search failed: ${firstLine(e)}`);
    return { cold: {}, warm: {} };
  } finally {
    await context.close();
  }
}

/** Seconds to make the index from the analyses the build cached in `cacheDir` (its `cache.output`). */
export async function indexBuildSeconds(cacheDir: string): Promise<number> {
  const cache = await readAnalyses(path.join(cacheDir, 'analyses'));
  const posts = Object.values(cache).flatMap((a) => (a.post ? [a.post] : []));
  const started = performance.now();
  const { blog } = collectPosts(posts, { author: 'bench' }, { includeDrafts: false });
  searchFiles(blog, new Map(posts.map((p) => [p.slug, p])));
  return (performance.now() - started) / 1000;
}

const medianOf = (samples: SearchSample[]): SearchSample => ({
  ms: median(samples.map((s) => s.ms)),
  bytes: median(samples.map((s) => s.bytes)),
  requests: median(samples.map((s) => s.requests)),
});

export async function measureSearch(
  lab: Lab,
  blog: { origin: string; outDir: string; cacheDir: string },
  profile: Profile,
  problems: Problems,
): Promise<SearchBench> {
  const queries = pickQueries(await readShards(blog.outDir));
  const raw = { rare: { cold: [], warm: [] }, common: { cold: [], warm: [] } } as SearchBench['raw'];
  for (let run = 1; run <= profile.runs; run++) {
    log(`Search: ${profile.name} profile, run ${run} of ${profile.runs}`);
    for (const kind of ['rare', 'common'] as const) {
      const r = await oneRun(lab, blog.origin, queries[kind], profile, problems);
      raw[kind].cold.push(r.cold);
      raw[kind].warm.push(r.warm);
    }
  }
  const medians = {
    rare: { cold: medianOf(raw.rare.cold), warm: medianOf(raw.rare.warm) },
    common: { cold: medianOf(raw.common.cold), warm: medianOf(raw.common.warm) },
  };
  return { queries, medians, raw, indexBuildS: await indexBuildSeconds(blog.cacheDir) };
}
