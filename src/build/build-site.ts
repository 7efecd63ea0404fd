/**
 * `npm run build`: posts → dist/. Content is checked first; everything is written to a
 * staging folder and swapped in only when complete, so a failed build leaves the
 * previous dist/ as it was.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as viteBuild } from 'vite';
import { ContentError, formatDiagnostics } from '../content/diagnostics.ts';
import { loadContent, type Content } from '../content/load-content.ts';
import { markdownPath } from '../lib/paths.ts';
import type { SiteConfig } from '../schema/site.ts';
import { feedFiles, feedLength, type FeedSpec } from './feeds.ts';
import { headTags } from './head-tags.ts';
import { headersFile } from './host-files.ts';
import { contentSecurityPolicy, renderHtmlPage } from './html-page.ts';
import { htmlFileFor, pagePaths } from './page-paths.ts';
import { robotsTxt, sitemap } from './sitemap.ts';
import { basePath, resolveSite } from './site-config.ts';
import { chunkFiles, entryKey, type ViteManifest } from './vite-manifest.ts';

export interface BuildOptions {
  root: string;
  postsDir: string;
  outDir: string;
  site?: SiteConfig;
  log?: (line: string) => void;
}

type ServerEntry = typeof import('../entry-server.tsx');

export async function buildSite({ root, postsDir, outDir, site = resolveSite(), log = console.log }: BuildOptions) {
  const started = performance.now();
  const content = await loadContent({ postsDir, site, includeDrafts: false, displayDir: path.relative(root, postsDir) });
  if (content.diagnostics.some((d) => d.severity === 'error')) throw new ContentError(content.diagnostics);
  if (content.diagnostics.length) log(formatDiagnostics(content.diagnostics));

  const buildId = hashFiles(content.files);
  const staging = path.join(root, '.cache', `staging-${process.pid}`);
  const ssrDir = path.join(root, '.cache', `ssr-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    await viteBuild({ root, logLevel: 'warn', build: { outDir: staging, emptyOutDir: true } });
    await viteBuild({
      root,
      logLevel: 'warn',
      build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true, manifest: false },
    });
    await copyPublic(root, postsDir, staging, content);
    await writeDataFiles(staging, buildId, content);
    const server = (await import(pathToFileURL(path.join(ssrDir, 'entry-server.js')).href)) as ServerEntry;
    const readMarkdown = (file: string) => readFile(path.join(postsDir, file.replace(/^posts\//, '')), 'utf8');
    server.setDataSource(server.memorySource(content.files, readMarkdown));
    const { pages, csp } = await prerender({ staging, server, site, content, buildId });
    await writeSiteFiles(staging, site, content, csp, (slug) => readMarkdown(markdownPath(slug)).then((md) => server.renderPostHtml(md, site.baseUrl)));
    await swapIn(staging, outDir);
    log(`Built ${content.blog.posts.length} posts, ${pages} pages into ${path.relative(root, outDir) || '.'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(ssrDir, { recursive: true, force: true });
  }
}

function hashFiles(files: Map<string, unknown>): string {
  const hash = createHash('sha256');
  for (const [name, value] of files) hash.update(name).update(JSON.stringify(value));
  return hash.digest('hex').slice(0, 12);
}

/** public/ without the posts folder, then the published posts and their assets (no drafts). */
async function copyPublic(root: string, postsDir: string, staging: string, content: Content) {
  const publicDir = path.join(root, 'public');
  const postsAbs = path.resolve(postsDir);
  await cp(publicDir, staging, {
    recursive: true,
    filter: (src) => path.resolve(src) !== path.resolve(publicDir, 'posts'),
  }).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
  await cp(postsAbs, path.join(staging, 'posts'), {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(postsAbs, src);
      return !(rel.endsWith('.md') && !rel.includes(path.sep) && !content.slugs.has(rel.slice(0, -3)));
    },
  });
}

async function writeDataFiles(staging: string, buildId: string, content: Content) {
  const dir = path.join(staging, 'data', buildId);
  await Promise.all(
    [...content.files].map(async ([name, value]) => {
      const file = path.join(dir, name);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(value));
    }),
  );
}

async function prerender(options: {
  staging: string;
  server: ServerEntry;
  site: SiteConfig;
  content: Content;
  buildId: string;
}): Promise<{ pages: number; csp: string }> {
  const { staging, server, site, content, buildId } = options;
  const base = basePath(site);
  const template = await readFile(path.join(staging, 'index.html'), 'utf8');
  const csp = contentSecurityPolicy(template);
  const manifest = JSON.parse(await readFile(path.join(staging, '.vite', 'manifest.json'), 'utf8')) as ViteManifest;
  const entryChunks = new Set(chunkFiles(manifest, [entryKey(manifest)]));
  const highlight = chunkFiles(manifest, ['src/markdown/plugins/highlight.ts'], entryChunks);

  const render = async (routePath: string, file: string) => {
    const page = await server.renderPage(routePath, buildId);
    const slug = routePath.startsWith('/posts/') ? routePath.slice('/posts/'.length) : undefined;
    const modules = [
      ...chunkFiles(manifest, page.modules, entryChunks),
      ...(slug && page.html.includes('<pre') ? highlight : []),
    ].map((f) => base + f);
    const html = renderHtmlPage(
      template,
      {
        head: headTags(page.head, site),
        html: page.html,
        boot: page.boot,
        modules,
        fetches: slug ? [base + markdownPath(slug)] : [],
      },
      csp,
    );
    const out = path.join(staging, file);
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, html);
  };

  const paths = pagePaths(content.blog, site.postsPerPage);
  for (const routePath of paths) await render(routePath, htmlFileFor(routePath));
  await render('/404', '404.html');
  await rm(path.join(staging, '.vite'), { recursive: true, force: true });
  return { pages: paths.length + 1, csp };
}

/** Feeds (site-wide, per tag, per series), sitemap, robots.txt and host header rules. */
async function writeSiteFiles(
  staging: string,
  site: SiteConfig,
  content: Content,
  csp: string,
  postHtml: (slug: string) => Promise<string>,
) {
  const { blog } = content;
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
    ['sitemap.xml', sitemap(blog, site, pagePaths(blog, site.postsPerPage))],
    ['robots.txt', robotsTxt(site)],
    ['_headers', headersFile(basePath(site), csp)],
  ]);
  for (const spec of specs) for (const [name, text] of feedFiles(spec, site)) files.set(name, text);
  await Promise.all(
    [...files].map(async ([name, text]) => {
      const file = path.join(staging, name);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
    }),
  );
}

async function swapIn(staging: string, outDir: string) {
  const old = `${outDir}.old-${process.pid}`;
  await rename(outDir, old).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
  await rename(staging, outDir);
  await rm(old, { recursive: true, force: true });
}
