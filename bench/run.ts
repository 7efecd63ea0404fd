/**
 * `npm run bench`: builds the sample blog and a generated big blog, serves both with a
 * compressing static server, and measures them in headless Chromium under a throttled
 * phone profile and an unthrottled one, next to each page's one-response limit. Prints
 * a Markdown table and writes bench/results/latest.json and latest.md. Options: see
 * options.ts; what is measured: README.md.
 */
import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { readReport } from './build-run.ts';
import { buildBlogs, type Builds } from './builds.ts';
import { runChecks } from './checks.ts';
import { elapsedS } from './format.ts';
import { writeLimitPages } from './limit-pages.ts';
import { describeMachine } from './machine.ts';
import { openLab } from './lab.ts';
import { measure } from './measure.ts';
import { readOptions, type BenchOptions } from './options.ts';
import { samplePostsDir, work } from './paths.ts';
import { Problems } from './problems.ts';
import { profiles as makeProfiles, type Profile } from './profiles.ts';
import { routeJs, type RouteJs } from './route-js.ts';
import { sampleFacts, type SampleFacts } from './sample-facts.ts';
import { measureSearch } from './search.ts';
import { assertPortsFree, serve, type Served } from './serve.ts';
import { summarise } from './summary.ts';
import { writeReport } from './report.ts';
import { blogVisits, pagePaths, type Blog, type Visit } from './visits.ts';

/** Writes each blog's limit pages and lists its visits; returns the warnings about its HTML. */
async function prepareBlog(
  blog: Blog,
  outDir: string,
  server: Served,
  facts: SampleFacts,
): Promise<{ visits: Visit[]; warnings: string[] }> {
  const paths = pagePaths(facts);
  const markdownBytes = (await stat(path.join(samplePostsDir, `${facts.longSlug}.md`))).size;
  const pages = Object.entries(paths).map(([name, p]) => ({ name, path: p, ...(name === 'post' && { markdownBytes }) }));
  const limits = await writeLimitPages(outDir, pages);
  return { visits: blogVisits(blog, server.origin, paths, limits.paths), warnings: limits.warnings };
}

/** The search lines: on the big blog, phone profile, with the caches its last build reported. */
async function searchOnBig(blogs: Blog[], servers: Served[], outDir: string, phone: Profile, problems: Problems) {
  const i = blogs.indexOf('big');
  const report = await readReport(outDir);
  if (i === -1 || !report) return undefined;
  const lab = await openLab();
  try {
    return await measureSearch(lab, { origin: servers[i]!.origin, outDir, cacheDir: report.cache.output }, phone, problems);
  } finally {
    await lab.close();
  }
}

async function main(options: BenchOptions) {
  const date = new Date().toISOString();
  const machine = describeMachine();
  const problems = new Problems();
  const outs: Record<Blog, string> = { sample: path.join(work, 'out-sample'), big: path.join(work, `out-${options.count}`) };
  await assertPortsFree([options.port, options.port + 1]);
  await mkdir(work, { recursive: true });
  const facts = await sampleFacts();
  const builds: Builds = options.skipBuild ? { rebuildInvalid: false, warnings: [] } : await buildBlogs(options, outs, problems);
  const blogs = (['sample', ...(options.big ? ['big' as const] : [])] as Blog[]).filter((b) =>
    existsSync(path.join(outs[b], 'index.html')),
  );
  if (!blogs.includes('sample')) throw new Error('The sample blog did not build; nothing to measure.');
  const blogName = (blog: Blog) => (blog === 'big' ? `${options.count}-post blog` : 'sample blog');

  const js: Partial<Record<Blog, Record<string, RouteJs>>> = {};
  const visits: Visit[] = [];
  const servers = await Promise.all(blogs.map((b, i) => serve(outs[b], options.port + i)));
  try {
    for (const [i, blog] of blogs.entries()) {
      js[blog] = await routeJs(outs[blog], facts);
      const prepared = await prepareBlog(blog, outs[blog], servers[i]!, facts);
      visits.push(...prepared.visits);
      builds.warnings.push(...prepared.warnings);
    }
    const profiles = makeProfiles(options);
    const raw = await measure(visits, profiles, problems);
    const search = await searchOnBig(blogs, servers, outs.big, profiles[0]!, problems);
    const summary = summarise(raw, visits);
    const checks = runChecks({
      blogs,
      blogName,
      loads: summary.loads.phone ?? {},
      clicks: summary.clicks.phone ?? {},
      js: js.sample ?? {},
      builds,
      count: options.count,
    });
    const pages = visits.map((v) => v.page).filter((p, i, all) => !p.limit && all.findIndex((q) => q.id === p.id) === i);
    const report = {
      date,
      durationS: elapsedS(),
      options,
      machine: machine(raw.chromium),
      facts,
      blogs,
      blogName,
      pages,
      checks,
      summary,
      js,
      builds,
      ...(search && { search }),
    };
    await writeReport({ ...report, problems: problems.list(), workerPages: [...problems.workerPages] }, visits, profiles, raw);
  } finally {
    for (const s of servers) s.close();
  }
}

await main(readOptions(process.argv.slice(2)));
