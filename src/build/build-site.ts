/**
 * `npm run build`: posts → dist/. Content is checked first; the app is compiled (or
 * reused); workers (one per core) analyse the posts and write the pages, reusing every
 * page render whose inputs did not change. Everything goes to a staging folder that is
 * swapped in only when complete, so a failed build leaves the previous dist/ as it was.
 */
import { spawn } from 'node:child_process';
import { copyFile, cp, link, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cacheKey, type Analysis, type AnalysisCache } from '../content/analysis.ts';
import { ContentError, formatDiagnostics } from '../content/diagnostics.ts';
import { assembleContent, listPostFiles, type Content, type PostFile } from '../content/load-content.ts';
import { markdownPath } from '../lib/paths.ts';
import type { SiteConfig } from '../schema/site.ts';
import { pruneExcept, readJson, sha, writeFileIn, writeJson } from './build-cache.ts';
import { compileApp, type CompiledApp } from './compile-app.ts';
import { feedFiles, feedLength, type FeedSpec } from './feeds.ts';
import { headersFile } from './host-files.ts';
import { contentSecurityPolicy } from './html-page.ts';
import { notFoundPage, pageSpecs, type PageSpec } from './page-paths.ts';
import type { WriteContext } from './page-writer.ts';
import { robotsTxt, sitemap } from './sitemap.ts';
import { basePath, resolveSite } from './site-config.ts';
import { chunkFiles, entryKey, type ViteManifest } from './vite-manifest.ts';
import { WorkerPool } from './worker-pool.ts';

export interface BuildOptions {
  root: string;
  postsDir: string;
  outDir: string;
  site?: SiteConfig;
  log?: (line: string) => void;
  /**
   * Delete the previous output in a process of its own, which outlives the build: for a
   * one-post rebuild of a large blog that is a third of the time. Off by default (tests
   * look at the folder right after the build); `npm run build` turns it on.
   */
  deleteOldOutputInBackground?: boolean;
}

type ServerEntry = typeof import('../entry-server.tsx');

export async function buildSite({
  root,
  postsDir,
  outDir,
  site = resolveSite(),
  log = console.log,
  deleteOldOutputInBackground = false,
}: BuildOptions) {
  const started = performance.now();
  // Seconds spent in each phase, for the build's summary line (and the benchmark).
  const phases: string[] = [];
  let mark = started;
  const phase = (name: string) => {
    const now = performance.now();
    phases.push(`${name} ${((now - mark) / 1000).toFixed(1)} s`);
    mark = now;
  };
  const cacheRoot = path.join(root, '.cache', 'quire');
  // Each output folder (the blog, a sub-path build, test fixtures) keeps its own post and page caches.
  const cacheDir = path.join(cacheRoot, 'out', sha(path.resolve(outDir)).slice(0, 12));
  const base = basePath(site);
  const app = await compileApp(root, cacheRoot, base);
  phase('app');
  const pool = new WorkerPool(path.join(app.ssrDir, 'prerender-worker.js'));
  // Beside the output folder, so that swapping it in is a rename on the same file system.
  const staging = `${path.resolve(outDir)}.staging-${process.pid}`;
  await mkdir(path.dirname(staging), { recursive: true });
  try {
    const files = await listPostFiles(postsDir, path.relative(root, postsDir));
    const { analyses, owner } = await analysePosts(pool, files, path.join(cacheDir, 'posts.json'));
    phase('analyse');
    const content = assembleContent(analyses, { postsDir, site, includeDrafts: false });
    if (content.diagnostics.some((d) => d.severity === 'error')) throw new ContentError(content.diagnostics);
    if (content.diagnostics.length) log(formatDiagnostics(content.diagnostics));

    await rm(staging, { recursive: true, force: true });
    await cp(app.clientDir, staging, { recursive: true, filter: (src) => !src.includes(`${path.sep}.vite`) });
    const data = dataFileTexts(content);
    phase('data');

    const template = await readFile(path.join(app.clientDir, 'index.html'), 'utf8');
    const csp = contentSecurityPolicy(template);
    const manifest = JSON.parse(await readFile(path.join(app.clientDir, '.vite', 'manifest.json'), 'utf8')) as ViteManifest;
    const entryChunks = chunkFiles(manifest, [entryKey(manifest)]);
    const context: WriteContext = {
      site,
      base,
      buildId: data.buildId,
      template,
      csp,
      manifest,
      entryChunks,
      outDir: staging,
      pageCacheDir: path.join(cacheDir, 'pages'),
    };
    await pool.broadcast({ type: 'setup', context, dataFiles: data.texts, postsDir });
    const postHashes = new Map(analyses.flatMap((a) => (a.post ? [[a.post.slug, a.hash] as const] : [])));
    const specs = [...pageSpecs(content.blog, site.postsPerPage), notFoundPage];
    const pageKey = (spec: PageSpec) =>
      sha(app.key, site.baseUrl, spec.path, ...spec.data.map((d) => data.hashes.get(d) ?? ''), spec.slug ? postHashes.get(spec.slug)! : '');
    const keyed = specs.map((spec) => ({ spec, key: pageKey(spec) }));
    // The workers render the pages while this thread writes everything else.
    const dataRecord = path.join(cacheDir, 'data.json');
    const [counts] = await Promise.all([
      writePages(pool, keyed, owner),
      copyPublic(root, postsDir, staging, content, outDir),
      writeDataFiles(staging, data, outDir, dataRecord),
      writeSiteFiles(staging, site, content, csp, app, postsDir),
    ]);
    phase('pages');
    await pruneExcept(context.pageCacheDir, new Set(keyed.map((p) => `${p.key}.html`)));
    await swapIn(staging, outDir, deleteOldOutputInBackground);
    await writeJson(dataRecord, { buildId: data.buildId, hashes: Object.fromEntries(data.hashes) } satisfies DataRecord);
    phase('swap');
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(
      `Built ${content.blog.posts.length} posts, ${specs.length} pages (${counts.rendered} rendered, ${counts.cached} from cache) into ${path.relative(root, outDir) || '.'} in ${seconds} s (${phases.join(', ')})`,
    );
  } finally {
    await pool.close();
    await rm(staging, { recursive: true, force: true });
  }
}

/** Each post's analysis, from the cache when its file is unchanged, else from a worker. */
async function analysePosts(pool: WorkerPool, files: PostFile[], cacheFile: string) {
  const cache = (await readJson<AnalysisCache>(cacheFile)) ?? {};
  const sources = await Promise.all(files.map(async (f) => sha(await readFile(f.path, 'utf8'))));
  const analyses: Analysis[] = [];
  const missing: PostFile[][] = Array.from({ length: pool.size }, () => []);
  files.forEach((f, i) => {
    const hit = cache[cacheKey(f.file, sources[i]!)];
    if (hit) analyses.push(hit);
    else missing[i % pool.size]!.push(f);
  });
  /** Which worker holds the parsed tree of a post. */
  const owner = new Map<string, number>();
  const fresh = await Promise.all(
    missing.map((batch, worker) =>
      batch.length
        ? pool.request<{ analyses: Analysis[] }>(worker, { type: 'analyze', files: batch }).then(({ analyses: list }) => {
            for (const a of list) if (a.post) owner.set(a.post.slug, worker);
            return list;
          })
        : [],
    ),
  );
  analyses.push(...fresh.flat());
  analyses.sort((a, b) => a.file.localeCompare(b.file));
  await writeJson(cacheFile, Object.fromEntries(analyses.map((a) => [cacheKey(a.file, a.hash), a])));
  return { analyses, owner };
}

/** Post pages go to the worker holding the post's parsed tree; the rest are shared out. */
async function writePages(pool: WorkerPool, pages: { spec: PageSpec; key: string }[], owner: Map<string, number>) {
  const queues: { spec: PageSpec; key: string }[][] = Array.from({ length: pool.size }, () => []);
  pages.forEach((page, i) => {
    const slug = page.spec.slug;
    queues[slug !== undefined && owner.has(slug) ? owner.get(slug)! : i % pool.size]!.push(page);
  });
  const batch = 64;
  const results = await Promise.all(
    queues.map(async (queue, worker) => {
      let cached = 0;
      let rendered = 0;
      for (let i = 0; i < queue.length; i += batch) {
        const r = await pool.request<{ cached: number; rendered: number }>(worker, {
          type: 'write',
          pages: queue.slice(i, i + batch),
        });
        cached += r.cached;
        rendered += r.rendered;
      }
      return { cached, rendered };
    }),
  );
  return results.reduce((a, b) => ({ cached: a.cached + b.cached, rendered: a.rendered + b.rendered }));
}

/**
 * public/ without the posts folder, then the published posts and their assets (no
 * drafts). A post unchanged since the last build (same size and modification time as
 * its copy in the output folder) is hard-linked from there instead of copied again.
 */
async function copyPublic(root: string, postsDir: string, staging: string, content: Content, outDir: string) {
  const publicDir = path.join(root, 'public');
  const postsAbs = path.resolve(postsDir);
  await cp(publicDir, staging, {
    recursive: true,
    filter: (src) => path.resolve(src) !== path.resolve(publicDir, 'posts'),
  }).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
  const into = path.join(staging, 'posts');
  await mkdir(into, { recursive: true });
  const entries = await readdir(postsAbs, { withFileTypes: true });
  const copyPost = async (name: string) => {
    const from = path.join(postsAbs, name);
    const to = path.join(into, name);
    const previous = path.join(outDir, 'posts', name);
    const [a, b] = await Promise.all([stat(from), stat(previous).catch(() => undefined)]);
    if (b && a.size === b.size && a.mtimeMs === b.mtimeMs && (await linked(previous, to))) return;
    await copyFile(from, to);
    await utimes(to, a.atime, a.mtime);
  };
  await inBatches(
    entries.filter((e) => !e.isFile() || !e.name.endsWith('.md') || content.slugs.has(e.name.slice(0, -3))),
    (e) => (e.isFile() ? copyPost(e.name) : cp(path.join(postsAbs, e.name), path.join(into, e.name), { recursive: true })),
  );
}

/** What the last successful build wrote under `data/<build id>/`, to reuse unchanged files. */
interface DataRecord {
  buildId: string;
  hashes: Record<string, string>;
}

/** The data files as text; the build id is the hash of them all. */
function dataFileTexts(content: Content) {
  const texts = new Map([...content.files].map(([name, value]) => [name, JSON.stringify(value)] as const));
  const hashes = new Map([...texts].map(([name, text]) => [name, sha(name, text)]));
  return { buildId: sha(...hashes.values()).slice(0, 12), hashes, texts };
}

/** Writes the data files under `data/<build id>/`, hard-linking those the last build wrote the same. */
async function writeDataFiles(staging: string, data: ReturnType<typeof dataFileTexts>, outDir: string, recordFile: string) {
  const previous = await readJson<DataRecord>(recordFile);
  const dir = path.join(staging, 'data', data.buildId);
  const dirs = new Set([...data.texts.keys()].map((name) => path.dirname(path.join(dir, name))));
  await Promise.all([...dirs].map((d) => mkdir(d, { recursive: true })));
  await inBatches([...data.texts], async ([name, text]) => {
    const to = path.join(dir, name);
    const same = previous !== undefined && previous.hashes[name] === data.hashes.get(name);
    if (same && (await linked(path.join(outDir, 'data', previous.buildId, name), to))) return;
    await writeFile(to, text);
  });
}

/** Hard-links a file of the previous output into the new one; false if it is not there. */
const linked = (from: string, to: string) =>
  link(from, to).then(
    () => true,
    () => false,
  );

/** Runs `fn` on every item, a bounded number at a time (tens of thousands of files at once exhaust file handles). */
async function inBatches<T>(items: T[], fn: (item: T) => Promise<unknown>, size = 64) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

/** Feeds (site-wide, per tag, per series), sitemap, robots.txt and host header rules. */
async function writeSiteFiles(staging: string, site: SiteConfig, content: Content, csp: string, app: CompiledApp, postsDir: string) {
  const { blog } = content;
  const server = (await import(pathToFileURL(path.join(app.ssrDir, 'entry-server.js')).href)) as ServerEntry;
  const postHtml = async (slug: string) =>
    server.renderPostHtml(await readFile(path.join(postsDir, markdownPath(slug).slice('posts/'.length)), 'utf8'), site.baseUrl);
  const full = site.feedContent === 'full';
  const specs: FeedSpec[] = [
    {
      title: site.title,
      description: site.description,
      pagePath: '/',
      dir: '',
      items: await Promise.all(
        blog.posts.slice(0, feedLength).map(async (post) => ({ post, ...(full && { html: await postHtml(post.slug) }) })),
      ),
    },
    // Tag and series feeds carry summaries: a post's full text is in the main feed.
    ...blog.tags.map((t) => ({
      title: `${site.title}: posts tagged “${t.name}”`,
      description: `Posts tagged ${t.name} on ${site.title}.`,
      pagePath: `/tags/${t.slug}`,
      dir: `tags/${t.slug}/`,
      items: t.posts.slice(0, feedLength).map((post) => ({ post })),
    })),
    ...blog.series.map((s) => ({
      title: `${site.title}: ${s.name}`,
      description: `The series “${s.name}” on ${site.title}.`,
      pagePath: `/series/${s.slug}`,
      dir: `series/${s.slug}/`,
      items: [...s.posts].reverse().slice(0, feedLength).map((post) => ({ post })),
    })),
  ];
  const files = new Map<string, string>([
    ['sitemap.xml', sitemap(blog, site, pageSpecs(blog, site.postsPerPage).map((p) => p.path))],
    ['robots.txt', robotsTxt(site)],
    ['_headers', headersFile(basePath(site), csp)],
  ]);
  for (const spec of specs) for (const [name, text] of feedFiles(spec, site)) files.set(name, text);
  await Promise.all([...files].map(([name, text]) => writeFileIn(path.join(staging, name), text)));
}

async function swapIn(staging: string, outDir: string, inBackground: boolean) {
  const old = `${outDir}.old-${process.pid}`;
  const moved = await rename(outDir, old).then(
    () => true,
    (e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
      return false;
    },
  );
  await rename(staging, outDir);
  if (!moved) return;
  if (!inBackground) return rm(old, { recursive: true, force: true });
  const script = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })';
  spawn(process.execPath, ['-e', script, old], { detached: true, stdio: 'ignore' }).unref();
}
