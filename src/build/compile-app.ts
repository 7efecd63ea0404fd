/**
 * Builds the browser app and the server (prerender) bundle with Vite, or reuses the
 * previous output when no source file, setting or dependency has changed.
 */
import { readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { hashTree } from './build-cache.ts';
import { sha } from './hash.ts';

export interface CompiledApp {
  key: string;
  clientDir: string;
  ssrDir: string;
  /** The service worker, one classic script (build/offline-files.ts completes it per deploy). */
  swDir: string;
}

/** Everything the compiled app depends on (posts are not part of it). */
const sources = ['src', 'index.html', 'vite.config.ts', 'site.config.ts', 'package-lock.json'];

export async function compileApp(root: string, cacheDir: string, basePath: string): Promise<CompiledApp> {
  const key = sha(await hashTree(root, sources), basePath);
  const appsDir = path.join(cacheDir, 'app');
  const dir = path.join(appsDir, key);
  const app = { key, clientDir: path.join(dir, 'client'), ssrDir: path.join(dir, 'ssr'), swDir: path.join(dir, 'sw') };
  if (await stat(path.join(app.swDir, 'service-worker.js')).catch(() => undefined)) {
    await utimes(dir, new Date(), new Date());
    return app;
  }
  await pruneOldest(appsDir, keptBuilds - 1);
  // Compiled into a folder of its own and renamed into place when complete, so a build
  // running at the same time never reads a half-written app.
  const tmp = `${dir}.tmp-${process.pid}`;
  // Always React's production build, even when called from a test runner (NODE_ENV=test).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await compile(root, basePath, tmp);
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  // Another build may have finished the same app first; then its copy is used.
  await rename(tmp, dir).catch(() => rm(tmp, { recursive: true, force: true }));
  return app;
}

/**
 * Rolldown's warning that plugins took much of a build's time: on a busy machine it names
 * whichever plugin ran, and the author has nothing to change.
 */
const checks = { bundlerTimings: false };

async function compile(root: string, basePath: string, tmp: string): Promise<void> {
  // Loaded only when compiling: a rebuild with an unchanged app need not spend the time importing Vite takes.
  const { build: viteBuild } = await import('vite');
  await viteBuild({
    root,
    base: basePath,
    mode: 'production',
    logLevel: 'warn',
    build: { outDir: path.join(tmp, 'client'), emptyOutDir: true, rollupOptions: { checks } },
  });
  await viteBuild({
    root,
    base: basePath,
    mode: 'production',
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir: path.join(tmp, 'ssr'),
      emptyOutDir: true,
      manifest: false,
      rollupOptions: {
        checks,
        input: { 'prerender-worker': 'src/build/prerender-worker.ts', 'feed-html': 'src/build/feed-html.ts' },
        // The page writer imports the head tags that the browser loads later: on the server, which loads
        // everything at once, that split does not matter (the client build still warns, and the budgets check).
        onwarn: (warning, warn) => warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT' || warn(warning),
      },
    },
  });
  // Last: its file tells that the whole app is compiled. Without the app's plugins, it needs none.
  await viteBuild({
    root,
    configFile: false,
    publicDir: false,
    mode: 'production',
    logLevel: 'warn',
    build: {
      outDir: path.join(tmp, 'sw'),
      emptyOutDir: true,
      target: 'es2022',
      lib: {
        entry: 'src/app/service-worker.ts',
        formats: ['iife'],
        name: 'quireServiceWorker',
        fileName: () => 'service-worker.js',
      },
      rollupOptions: {
        checks,
        // The route table's module imports react-router, whose "use client" the worker drops with the rest of it.
        onwarn: (warning, warn) => warning.code === 'MODULE_LEVEL_DIRECTIVE' || warn(warning),
      },
    },
  });
}

/** Compiled apps kept (one per base path and source version, most recently used first). */
const keptBuilds = 4;

/** A build still running may be using an older app: leave anything used in the last hour. */
const inUseMs = 60 * 60_000;

async function pruneOldest(dir: string, keep: number): Promise<void> {
  const entries = await readdir(dir).catch(() => []);
  const dated = await Promise.all(entries.map(async (e) => ({ e, time: (await stat(path.join(dir, e))).mtimeMs })));
  const old = dated
    .sort((a, b) => b.time - a.time)
    .slice(keep)
    .filter(({ time }) => Date.now() - time > inUseMs);
  await Promise.all(old.map(({ e }) => rm(path.join(dir, e), { recursive: true, force: true })));
}
