/**
 * `npm run build`: posts → dist/. Content is checked first; the app is compiled (or
 * reused); workers (one per core) analyse the posts and write the pages, reusing every
 * page render whose inputs did not change. Everything goes to a staging folder that is
 * swapped in only when complete, so a failed build leaves the previous dist/ as it was.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { copyFile, cp, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cacheKey, readAnalyses, searchTextPath, writeAnalyses, type Analysis } from './analysis.ts';
import { ContentError, formatDiagnostics } from '../content/diagnostics.ts';
import { assembleContent, isFolderPostName, listPostFiles, type Content, type PostFile } from '../content/load-content.ts';
import { sourceDir } from '../content/load-post.ts';
import type { SearchIds } from '../content/search-index.ts';
import { strayFiles } from '../content/stray-files.ts';
import { feedDir } from '../lib/feeds.ts';
import { absoluteUrl, dataFolder, markdownPath } from '../lib/paths.ts';
import { routePaths } from '../navigation/routes.ts';
import type { PostSummary } from '../schema/post.ts';
import type { SiteConfig } from '../schema/site.ts';
import { pageCacheFile, pruneExcept, readJson, writeFileIn, writeJson } from './build-cache.ts';
import { postImages } from './post-images.ts';
import { sha } from './hash.ts';
import { compileApp, type CompiledApp } from './compile-app.ts';
import { aliasPages } from './aliases.ts';
import { feedFiles, type FeedSpec } from './feeds.ts';
import { headersFile } from './host-files.ts';
import { offlineFiles } from './offline-files.ts';
import { contentSecurityPolicy, inlineStylesheets } from './html-page.ts';
import { notFoundPage, pageSpecs, type PageSpec } from './page-paths.ts';
import { fileHashes } from './file-hashes.ts';
import { keptRelatedPosts } from './kept-related-posts.ts';
import type { WriteContext } from './page-writer.ts';
import { robotsTxt, sitemap } from './sitemap.ts';
import { basePath, buildClock, checkSiteImage, faviconWarning, resolveSite } from './site-config.ts';
import { startChunks, type ViteManifest } from './vite-manifest.ts';
import { WorkerPool } from './worker-pool.ts';

export interface BuildOptions {
  root: string;
  postsDir: string;
  outDir: string;
  /** The site's static files (copied as they are, without its `posts/`): `<root>/public` unless given. */
  publicDir?: string;
  site?: SiteConfig;
  /** The clock that decides which posts are scheduled (ms since the epoch): `QUIRE_NOW` or now. */
  now?: number;
  log?: (line: string) => void;
  /**
   * Delete the previous output in a process of its own, which outlives the build: for a
   * one-post rebuild of a large blog that is much of the time (docs/decisions/0013). Off
   * by default (tests look at the folder right after the build); `npm run build` turns it on.
   */
  deleteOldOutputInBackground?: boolean;
}

type FeedHtml = typeof import('./feed-html.ts');

/** What a build did, for scripts and the benchmark (`QUIRE_BUILD_REPORT` in scripts/build.ts). */
export interface BuildReport {
  posts: number;
  pages: number;
  rendered: number;
  fromCache: number;
  totalSeconds: number;
  phases: { name: string; seconds: number }[];
  /** Where the build keeps what it reuses: this output folder's post and page caches, and the compiled app (shared). */
  cache: { output: string; app: string };
  /** Peak resident memory of the build's process, worker threads included. */
  peakRssBytes: number;
}

export async function buildSite({
  root,
  postsDir,
  outDir,
  publicDir = path.join(root, 'public'),
  site = resolveSite(),
  now = buildClock(),
  log = console.log,
  deleteOldOutputInBackground = false,
}: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  // Seconds spent in each phase, for the build's summary line and its report.
  const phases: BuildReport['phases'] = [];
  let mark = started;
  const phase = (name: string) => {
    const now = performance.now();
    phases.push({ name, seconds: (now - mark) / 1000 });
    mark = now;
  };
  checkSiteImage(site, publicDir);
  const favicon = faviconWarning(publicDir);
  if (favicon) log(favicon);
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
    const analysesDir = path.join(cacheDir, 'analyses');
    const { analyses, owner } = await analysePosts(pool, files, analysesDir);
    phase('analyse');
    const images = await postImages(
      analyses.flatMap((a) => (a.post ? [a.post] : [])),
      { postsDir, publicDir, cacheDir: path.join(cacheDir, 'images') },
    );
    phase('images');
    const searchIdsFile = path.join(cacheDir, 'search-ids.json');
    const searchIds = (await readJson<SearchIds>(searchIdsFile)) ?? {};
    const bySlug = new Map(analyses.flatMap((a) => (a.post ? [[a.post.slug, a] as const] : [])));
    const content = assembleContent(analyses, {
      postsDir,
      publicDir,
      site,
      images: images.byPost,
      includeDrafts: false,
      now,
      searchIds,
      related: keptRelatedPosts(path.join(cacheDir, 'related.json')),
      searchTextFile: (slug) => {
        const a = bySlug.get(slug)!;
        return new KeptFile(searchTextPath(analysesDir, a), cacheKey(a.file, a.hash));
      },
    });
    content.diagnostics.push(...(await strayFiles(postsDir, path.relative(root, postsDir))));
    const template = inlineStylesheets(await readFile(path.join(app.clientDir, 'index.html'), 'utf8'), (href) =>
      readFileSync(path.join(app.clientDir, href.slice(base.length)), 'utf8'),
    );
    const csp = contentSecurityPolicy(template);
    const specs = [...pageSpecs(content.blog, site.postsPerPage), notFoundPage];
    const aliases = aliasPages(
      content.blog,
      site,
      specs.map((s) => s.path),
      csp,
    );
    content.diagnostics.push(...aliases.diagnostics);
    if (content.diagnostics.some((d) => d.severity === 'error')) throw new ContentError(content.diagnostics);
    if (content.diagnostics.length) log(formatDiagnostics(content.diagnostics));

    await rm(staging, { recursive: true, force: true });
    await cp(app.clientDir, staging, { recursive: true, filter: (src) => !src.includes(`${path.sep}.vite`) });
    const data = dataFileTexts(content, app);
    phase('data');

    const manifest = JSON.parse(await readFile(path.join(app.clientDir, '.vite', 'manifest.json'), 'utf8')) as ViteManifest;
    const context: WriteContext = {
      site,
      base,
      dataId: data.dataId,
      template,
      csp,
      manifest,
      startChunks: startChunks(manifest),
      outDir: staging,
      pageCacheDir: path.join(cacheDir, 'pages'),
    };
    await pool.broadcast({ type: 'setup', context, postsDir, sources: content.sources });
    const postHashes = new Map(analyses.flatMap((a) => (a.post ? [[a.post.slug, a.hash] as const] : [])));
    const pageKey = (spec: PageSpec) =>
      sha(
        app.key,
        site.baseUrl,
        spec.path,
        ...spec.data.map((d) => data.hashes.get(d) ?? ''),
        spec.slug ? postHashes.get(spec.slug)! : '',
      );
    const keyed = specs.map((spec) => ({ spec, key: pageKey(spec) }));
    // The workers render the pages while this thread writes everything else.
    const published = new Map([...content.slugs].map((slug) => [slug, postHashes.get(slug)!]));
    const recordFile = path.join(cacheDir, 'output.json');
    const previous = await readOutputRecord(recordFile);
    const [counts] = await allDone([
      writePages(pool, keyed, owner, data.texts, context.pageCacheDir),
      copyPublic(publicDir, postsDir, staging, { published, sources: content.sources, all: analyses }, outDir, previous),
      Promise.resolve().then(() => writeDataFiles(staging, data, outDir, previous)),
      writeSiteFiles(staging, site, content, csp, app, postsDir, aliases.files),
      placeImageCopies(staging, images.copies),
      writeOfflineFiles(staging, {
        app,
        site,
        base,
        dataId: data.dataId,
        buildId: buildId(app, site, data.hashes, published),
        template,
        csp,
      }),
    ] as const);
    phase('pages');
    await pruneExcept(context.pageCacheDir, new Set(keyed.map((p) => `${p.key}.html`)));
    await pruneExcept(path.join(cacheDir, 'images'), images.used);
    await swapIn(staging, outDir, deleteOldOutputInBackground);
    await writeJson(recordFile, {
      dataId: data.dataId,
      data: Object.fromEntries(data.hashes),
      posts: Object.fromEntries(published),
    } satisfies OutputRecord);
    // Kept with the output they numbered: the next build gives the same posts the same ids.
    await writeJson(searchIdsFile, content.searchIds);
    phase('swap');
    const report: BuildReport = {
      posts: content.blog.posts.length,
      pages: specs.length,
      rendered: counts.rendered,
      fromCache: counts.cached,
      totalSeconds: (performance.now() - started) / 1000,
      phases,
      cache: { output: cacheDir, app: path.dirname(app.clientDir) },
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
    };
    const s = (seconds: number) => `${seconds.toFixed(1)} s`;
    log(
      `Built ${report.posts} posts, ${report.pages} pages (${report.rendered} rendered, ${report.fromCache} from cache) into ${path.relative(root, outDir) || '.'} in ${s(report.totalSeconds)} (${phases.map((p) => `${p.name} ${s(p.seconds)}`).join(', ')})`,
    );
    return report;
  } finally {
    await pool.close();
    await rm(staging, { recursive: true, force: true });
  }
}

/** Each post's analysis, from the cache when its file is unchanged, else from a worker. */
async function analysePosts(pool: WorkerPool, files: PostFile[], cacheDir: string) {
  const cache = await readAnalyses(cacheDir);
  const sources = fileHashes(
    files.map((f) => f.path),
    path.join(cacheDir, 'file-hashes.json'),
  );
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
        : Promise.resolve([]),
    ),
  );
  analyses.push(...fresh.flat());
  analyses.sort((a, b) => a.file.localeCompare(b.file));
  await writeAnalyses(cacheDir, analyses, cache);
  return { analyses, owner };
}

/**
 * Post pages go to the worker holding the post's parsed tree; the rest are shared out.
 * A worker gets only the data files of its pages that are not in the page cache: copying
 * every data file to every worker took longer than the rest of a one-post rebuild.
 */
async function writePages(
  pool: WorkerPool,
  pages: { spec: PageSpec; key: string }[],
  owner: Map<string, number>,
  dataTexts: Map<string, string>,
  pageCacheDir: string,
) {
  const queues: { spec: PageSpec; key: string }[][] = Array.from({ length: pool.size }, () => []);
  pages.forEach((page, i) => {
    const slug = page.spec.slug;
    queues[slug !== undefined && owner.has(slug) ? owner.get(slug)! : i % pool.size]!.push(page);
  });
  const dataFor = (pages: { spec: PageSpec; key: string }[]) =>
    new Map(
      pages
        .filter((p) => !existsSync(pageCacheFile(pageCacheDir, p.key)))
        .flatMap((p) => p.spec.data.flatMap((name) => (dataTexts.has(name) ? [[name, dataTexts.get(name)!] as const] : []))),
    );
  // All of a worker's pages in one request: it never waits for this thread, which is busy with its own files.
  const results = await Promise.all(
    queues.map((pages, worker) =>
      pool.request<{ cached: number; rendered: number }>(worker, { type: 'write', pages, dataFiles: dataFor(pages) }),
    ),
  );
  return results.reduce((a, b) => ({ cached: a.cached + b.cached, rendered: a.rendered + b.rendered }));
}

/** What the last successful build wrote, by content hash, so that unchanged files are hard-linked from its output. */
interface OutputRecord {
  /** The data folder's name, and each data file's hash by its path in there. */
  dataId: string;
  data: Record<string, string>;
  /** Each published post's hash (of its Markdown) by its slug. */
  posts: Record<string, string>;
}

async function readOutputRecord(file: string): Promise<OutputRecord | undefined> {
  const record = await readJson<Partial<OutputRecord>>(file);
  // A record from an older version of the build may lack fields: then nothing is reused.
  return typeof record?.dataId === 'string' && record.data && record.posts ? (record as OutputRecord) : undefined;
}

/**
 * public/ without the posts folder, then the published posts (no drafts) and whatever
 * else is in there (images): a folder post's files, without its index.md, and nothing of
 * an unpublished folder post. Every post's Markdown goes to `posts/<slug>.md`, where the
 * app fetches it. A post the last build copied the same is hard-linked from its output
 * instead of copied again.
 */
async function copyPublic(
  publicDir: string,
  postsDir: string,
  staging: string,
  posts: { published: Map<string, string>; sources: Map<string, string>; all: Analysis[] },
  outDir: string,
  previous: OutputRecord | undefined,
) {
  const postsAbs = path.resolve(postsDir);
  await cp(publicDir, staging, {
    recursive: true,
    filter: (src) => path.resolve(src) !== path.resolve(publicDir, 'posts'),
  }).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
  const into = path.join(staging, 'posts');
  await mkdir(into, { recursive: true });
  // Folder posts' index files (any folder post's: a draft's folder is not copied at all).
  const folderPosts = new Set(posts.all.flatMap((a) => (a.post && isFolderPostName(a.post.source) ? [a.post.source] : [])));
  const hidden = new Set([...folderPosts].filter((f) => !posts.published.has(f.split('/')[0]!)).map((f) => f.split('/')[0]!));
  const others = (await readdir(postsAbs, { withFileTypes: true })).flatMap((e) => {
    const [from, to] = [path.join(postsAbs, e.name), path.join(into, e.name)];
    if (hidden.has(e.name)) return [];
    // The workers write a post's page into posts/<slug>/ meanwhile: a folder of that name
    // must exist before copying into it, or the copy's own mkdir fails when a page won.
    if (e.isDirectory()) mkdirSync(to, { recursive: true });
    if (!e.isFile())
      return [
        cp(from, to, {
          recursive: true,
          filter: (src) => !folderPosts.has(path.relative(postsAbs, src).split(path.sep).join('/')),
        }),
      ];
    return e.name.endsWith('.md') ? [] : [copyFile(from, to)];
  });
  // Synchronous, as in analysePosts: thousands of small file operations.
  for (const [slug, hash] of posts.published) {
    const name = markdownPath(slug).slice('posts/'.length);
    if (previous?.posts[slug] === hash && linked(path.join(outDir, 'posts', name), path.join(into, name))) continue;
    copyFileSync(path.join(postsAbs, posts.sources.get(slug)!), path.join(into, name));
  }
  await Promise.all(others);
}

/**
 * The data files as text, and the name of their folder. That name changes with the app's
 * code (which reads them), not with the posts: a page does not change when other posts
 * do, so an edit rewrites only the pages it shows on. A tab whose code a deploy replaced
 * finds its data folder gone and reloads (src/data/source.ts).
 */
function dataFileTexts(content: Content, app: CompiledApp) {
  const texts = new Map<string, string>();
  const kept = new Map<string, string>();
  const hashes = new Map<string, string>();
  for (const [name, value] of content.files) {
    if (value instanceof KeptFile) {
      kept.set(name, value.path);
      hashes.set(name, sha(name, value.key));
    } else {
      const text = JSON.stringify(value);
      texts.set(name, text);
      hashes.set(name, sha(name, text));
    }
  }
  return { dataId: app.key.slice(0, 12), hashes, texts, kept };
}

/** A data file the build already keeps as a file (a post's search text): linked, never read; `key` names its content. */
class KeptFile {
  constructor(
    readonly path: string,
    readonly key: string,
  ) {}
}

/** Writes the data files under `data/<data id>/`, hard-linking those the last build wrote the same. */
function writeDataFiles(
  staging: string,
  data: ReturnType<typeof dataFileTexts>,
  outDir: string,
  previous: OutputRecord | undefined,
) {
  const dir = path.join(staging, dataFolder(data.dataId));
  for (const d of new Set([...data.hashes.keys()].map((name) => path.dirname(path.join(dir, name)))))
    mkdirSync(d, { recursive: true });
  const same = (name: string) => previous !== undefined && previous.data[name] === data.hashes.get(name);
  const fromPrevious = (name: string, to: string) => linked(path.join(outDir, dataFolder(previous!.dataId), name), to);
  // Synchronous, as in analysePosts.
  for (const [name, text] of data.texts) {
    const to = path.join(dir, name);
    if (!(same(name) && fromPrevious(name, to))) writeFileSync(to, text);
  }
  for (const [name, file] of data.kept) {
    const to = path.join(dir, name);
    if (!(same(name) && fromPrevious(name, to)) && !linked(file, to)) copyFileSync(file, to);
  }
}

/**
 * Like Promise.all, but when one task fails it waits for the others to stop before
 * failing: they write into the staging folder, which is deleted next.
 */
async function allDone<T extends readonly unknown[]>(tasks: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(tasks);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/** Hard-links a file of the previous output into the new one; false if it is not there. */
function linked(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}

/** Feeds (site-wide, per tag, per series), sitemap, robots.txt and host header rules. */
async function writeSiteFiles(
  staging: string,
  site: SiteConfig,
  content: Content,
  csp: string,
  app: CompiledApp,
  postsDir: string,
  aliasFiles: Map<string, string>,
) {
  const { blog } = content;
  const server = (await import(pathToFileURL(path.join(app.ssrDir, 'feed-html.js')).href)) as FeedHtml;
  const postHtml = async ({ slug, title }: PostSummary) => {
    const source = content.sources.get(slug)!;
    return server.renderPostHtml(
      await readFile(path.join(postsDir, source), 'utf8'),
      site.baseUrl,
      absoluteUrl(site, routePaths.post(slug)),
      { dir: sourceDir(source), title },
    );
  };
  const full = site.feedContent === 'full';
  const feedLength = site.feedItems ?? 20;
  const specs: FeedSpec[] = [
    {
      title: site.title,
      description: site.description,
      pagePath: '/',
      dir: feedDir('/'),
      items: await Promise.all(
        blog.posts.slice(0, feedLength).map(async (post) => ({ post, ...(full && { html: await postHtml(post) }) })),
      ),
    },
    // Tag and series feeds carry summaries: a post's full text is in the main feed.
    ...blog.tags.map((t) => ({
      title: `${site.title}: posts tagged “${t.name}”`,
      description: `Posts tagged ${t.name} on ${site.title}.`,
      pagePath: routePaths.tag(t.slug),
      dir: feedDir(routePaths.tag(t.slug)),
      items: t.posts.slice(0, feedLength).map((post) => ({ post })),
    })),
    ...blog.series.map((s) => ({
      title: `${site.title}: ${s.name}`,
      description: `The series “${s.name}” on ${site.title}.`,
      pagePath: routePaths.series(s.slug),
      dir: feedDir(routePaths.series(s.slug)),
      items: [...s.posts]
        .reverse()
        .slice(0, feedLength)
        .map((post) => ({ post })),
    })),
    ...blog.authors.map((a) => ({
      title: `${site.title}: posts by ${a.name}`,
      description: `Posts by ${a.name} on ${site.title}.`,
      pagePath: routePaths.author(a.slug),
      dir: feedDir(routePaths.author(a.slug)),
      items: a.posts.slice(0, feedLength).map((post) => ({ post })),
    })),
  ];
  const files = new Map<string, string>([
    // The search page is `noindex`: not listed.
    [
      'sitemap.xml',
      sitemap(
        blog,
        site,
        pageSpecs(blog, site.postsPerPage)
          .map((p) => p.path)
          .filter((p) => p !== routePaths.search()),
      ),
    ],
    ['robots.txt', robotsTxt(site)],
    ['_headers', headersFile(basePath(site), csp)],
    ...aliasFiles,
  ]);
  for (const spec of specs) for (const [name, text] of feedFiles(spec, site)) files.set(name, text);
  await Promise.all([...files].map(([name, text]) => writeFileIn(path.join(staging, name), text)));
}

/** The images' smaller copies, hard-linked from the build cache (their names carry their content hash). */
async function placeImageCopies(staging: string, copies: Map<string, string>) {
  if (!copies.size) return;
  await mkdir(path.join(staging, 'assets'), { recursive: true });
  for (const [name, from] of copies) if (!linked(from, path.join(staging, name))) await copyFile(from, path.join(staging, name));
}

/** Names the deploy for the service worker's cache: any change to the code, a setting, data or a post makes a new one. */
const buildId = (app: CompiledApp, site: SiteConfig, data: Map<string, string>, posts: Map<string, string>) =>
  sha(app.key, JSON.stringify(site), JSON.stringify([...data].sort()), JSON.stringify([...posts].sort())).slice(0, 16);

async function writeOfflineFiles(staging: string, inputs: Parameters<typeof offlineFiles>[0]) {
  await Promise.all([...offlineFiles(inputs)].map(([name, text]) => writeFileIn(path.join(staging, name), text)));
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
