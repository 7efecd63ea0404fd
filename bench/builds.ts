/**
 * The bench's builds: the big blog cold, then again after one post changed, then the
 * sample blog cold. "Cold" = the caches the previous build into the same folder reported
 * are deleted first; the compiled app is reused unless --clear-build-cache.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { assembleBigBlog, touchOnePost } from './big-blog.ts';
import { clearReportedCaches, readReport, runBuild, type BuildResult } from './build-run.ts';
import { log, mb, sec } from './format.ts';
import type { BenchOptions } from './options.ts';
import { samplePostsDir } from './paths.ts';
import type { Problems } from './problems.ts';
import { sourceStamp } from './source-stamp.ts';

export interface Builds {
  big?: BuildResult;
  rebuild?: BuildResult;
  sample?: BuildResult;
  /** The post changed before the rebuild. */
  touched?: string;
  /** The sources changed between the cold build and the rebuild: not a one-post rebuild. */
  rebuildInvalid: boolean;
  warnings: string[];
}

const describe = (b: BuildResult) =>
  `${b.ok ? `${b.report!.posts} posts, ${b.report!.pages} pages (${b.report!.rendered} rendered, ${b.report!.fromCache} from cache)` : 'FAILED'} — ${sec(b.wallS)} wall, peak ${mb(b.peakTreeBytes ?? b.report?.peakRssBytes)}`;

async function coldBuild(label: string, postsDir: string, outDir: string, withApp: boolean): Promise<BuildResult> {
  await clearReportedCaches(await readReport(outDir), withApp);
  await rm(outDir, { recursive: true, force: true });
  log(`Building ${label} (cold)…`);
  const result = await runBuild(label, postsDir, outDir);
  log(`  ${describe(result)}`);
  return result;
}

async function buildBig(options: BenchOptions, outDir: string, builds: Builds): Promise<void> {
  const { postsDir, generated } = await assembleBigBlog(options.count, options.seed);
  const stampBefore = sourceStamp();
  builds.big = await coldBuild(`${options.count} posts`, postsDir, outDir, options.clearBuildCache);
  if (!builds.big.ok) return;
  builds.touched = await touchOnePost(postsDir, generated);
  if (!builds.touched) return;
  log(`Rebuilding after appending a sentence to ${builds.touched}…`);
  builds.rebuild = await runBuild('one-post rebuild', postsDir, outDir);
  log(`  ${describe(builds.rebuild)}`);
  const report = builds.rebuild.report;
  // Sources edited between the two builds (by someone else) invalidate the page cache.
  if (sourceStamp() !== stampBefore && (!report || report.rendered > report.pages * 0.05)) {
    builds.rebuildInvalid = true;
    builds.warnings.push(
      `The app's sources (src/, scripts/, index.html, configs) changed while the bench was building, and the second build re-rendered ${report?.rendered ?? 'an unknown number of'} pages: it is not a measure of a one-post rebuild. Run the bench again when nobody is editing.`,
    );
  }
}

export async function buildBlogs(
  options: BenchOptions,
  outs: { sample: string; big: string },
  problems: Problems,
): Promise<Builds> {
  const builds: Builds = { rebuildInvalid: false, warnings: [] };
  if (options.big) await buildBig(options, outs.big, builds);
  const sampleLabel = `sample (${path.relative(process.cwd(), samplePostsDir)})`;
  builds.sample = await coldBuild(sampleLabel, samplePostsDir, outs.sample, options.clearBuildCache && !options.big);
  for (const b of [builds.big, builds.rebuild, builds.sample]) {
    if (b?.extraOutput)
      problems.note(
        `build: ${b.label}`,
        `${b.ok ? 'the build printed more than its summary' : 'the build failed'}:\n${b.extraOutput}`,
      );
  }
  for (const b of [builds.big, builds.sample]) {
    if (!b?.report?.fromCache) continue;
    builds.warnings.push(
      `The build "${b.label}" took ${b.report.fromCache} of ${b.report.pages} pages from the build cache (${b.report.cache.output}), so it was not a cold build.`,
    );
  }
  return builds;
}
