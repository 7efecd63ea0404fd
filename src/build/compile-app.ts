/**
 * Builds the browser app and the server (prerender) bundle with Vite, or reuses the
 * previous output when no source file, setting or dependency has changed.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { build as viteBuild } from 'vite';
import { hashTree, pruneExcept, sha } from './build-cache.ts';

export interface CompiledApp {
  key: string;
  clientDir: string;
  ssrDir: string;
}

/** Everything the compiled app depends on (posts are not part of it). */
const sources = ['src', 'index.html', 'vite.config.ts', 'site.config.ts', 'package-lock.json'];

export async function compileApp(root: string, cacheDir: string, basePath: string): Promise<CompiledApp> {
  const key = sha(await hashTree(root, sources), basePath);
  const appsDir = path.join(cacheDir, 'app');
  const dir = path.join(appsDir, key);
  const app = { key, clientDir: path.join(dir, 'client'), ssrDir: path.join(dir, 'ssr') };
  if (await stat(path.join(app.ssrDir, 'prerender-worker.js')).catch(() => undefined)) return app;
  await pruneExcept(appsDir, new Set([key]));
  await viteBuild({ root, logLevel: 'warn', build: { outDir: app.clientDir, emptyOutDir: true } });
  await viteBuild({
    root,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir: app.ssrDir,
      emptyOutDir: true,
      manifest: false,
      rollupOptions: {
        input: { 'entry-server': 'src/entry-server.tsx', 'prerender-worker': 'src/build/prerender-worker.ts' },
      },
    },
  });
  return app;
}
