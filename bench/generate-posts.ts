/**
 * Generates a large, realistic blog for the benchmark: N Markdown posts with front
 * matter, deterministically (a seeded PRNG: the same count and seed give the same
 * bytes on every machine). The text is made from a word list, not from real writing.
 *
 *   npx tsx bench/generate-posts.ts --count 10000 --out bench/.work/posts-10000 [--seed 1] [--end-date 2022-06-30]
 *
 * For 10,000 posts: about 75 MB of Markdown (7.5 KB on average, 1–30 KB each), dates
 * spread over the 15 years before --end-date (ISO, with and without time and offset, some shared), 1–4 tags
 * from a vocabulary of 60 (some with accents or spaces), ~10% of posts in series of
 * 3–12 parts (some numbered with seriesOrder), a few drafts and guest authors, some
 * `summary:` and some `<!-- more -->`. Bodies use ## and ### headings, paragraphs with
 * emphasis, inline code, links (external and to earlier posts) and footnotes, bullet
 * and numbered lists, blockquotes, occasional tables, and fenced code (go, bash, yaml,
 * ts) in ~30% of posts.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { body, frontMatter } from './generate/body.ts';
import { planPosts } from './generate/plan.ts';
import { mix, Rng } from './generate/rng.ts';

export interface GenerateOptions {
  count: number;
  /** Folder for the `.md` files; existing `.md` files in it are removed first. */
  outDir: string;
  seed?: number;
  /**
   * Day of the newest post (YYYY-MM-DD); the oldest is 15 years earlier. The default
   * ends just before the sample posts (public/posts, July 2022 on) begin, so a blog of
   * generated posts plus the sample posts shows the sample posts on its first pages.
   */
  endDate?: string;
}

export const defaultEndDate = '2022-06-30';

export interface GeneratedPost {
  slug: string;
  /** The whole file: front matter and body. */
  source: string;
  draft: boolean;
  hasCode: boolean;
}

export interface GenerateResult {
  outDir: string;
  count: number;
  seed: number;
  bytes: number;
  drafts: number;
  withCode: number;
  series: number;
  ms: number;
}

/** Bump when the output for a given count and seed changes, so cached copies are regenerated. */
export const generatorVersion = 2;

/** Every post, in index order (oldest first, roughly). Pure: same count and seed, same output. */
export function* generatePostSources(count: number, seed = 1, endDate = defaultEndDate): Generator<GeneratedPost> {
  const plans = planPosts(count, seed, endDate);
  for (const plan of plans) {
    const fmRng = new Rng(mix(seed ^ 0xf00d, plan.index));
    yield {
      slug: plan.slug,
      source: `${frontMatter(plan, fmRng)}\n${body(plan, plans, seed)}`,
      draft: plan.draft,
      hasCode: plan.hasCode,
    };
  }
}

/** Writes the posts as `<slug>.md` into `outDir` (its old `.md` files are removed first). */
export async function generatePosts({
  count,
  outDir,
  seed = 1,
  endDate = defaultEndDate,
}: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  await mkdir(outDir, { recursive: true });
  const old = (await readdir(outDir)).filter((f) => f.endsWith('.md'));
  await Promise.all(old.map((f) => rm(path.join(outDir, f), { force: true })));
  const result: GenerateResult = { outDir, count, seed, bytes: 0, drafts: 0, withCode: 0, series: 0, ms: 0 };
  const seriesNames = new Set<string>();
  let pending: Promise<void>[] = [];
  for (const post of generatePostSources(count, seed, endDate)) {
    result.bytes += Buffer.byteLength(post.source);
    if (post.draft) result.drafts++;
    if (post.hasCode) result.withCode++;
    const series = /^series: (.*)$/m.exec(post.source.slice(0, 2000));
    if (series) seriesNames.add(series[1]!);
    pending.push(writeFile(path.join(outDir, `${post.slug}.md`), post.source));
    if (pending.length >= 64) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
  result.series = seriesNames.size;
  result.ms = Math.round(performance.now() - started);
  return result;
}

function parseArgs(argv: string[]): { count: number; out: string; seed: number; endDate: string } {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i === -1 ? undefined : argv[i + 1];
  };
  const count = Number(get('count') ?? 10000);
  const seed = Number(get('seed') ?? 1);
  if (!Number.isInteger(count) || count < 1) throw new Error('--count must be a positive integer');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  return { count, seed, endDate: get('end-date') ?? defaultEndDate, out: get('out') ?? `bench/.work/posts-${count}` };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const { count, out, seed, endDate } = parseArgs(process.argv.slice(2));
  const r = await generatePosts({ count, outDir: path.resolve(out), seed, endDate });
  console.log(
    `Wrote ${r.count} posts (${(r.bytes / 1e6).toFixed(1)} MB, average ${(r.bytes / r.count / 1024).toFixed(1)} KB; ` +
      `${r.withCode} with code, ${r.series} series, ${r.drafts} drafts) to ${path.relative(process.cwd(), out) || out} in ${(r.ms / 1000).toFixed(1)} s`,
  );
}
