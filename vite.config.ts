import react from '@vitejs/plugin-react';
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { basePath, resolveSite } from './src/build/site-config.ts';
import { devCacheFile } from './src/tooling/dev-content.ts';
import { appChunks } from './src/tooling/vite-plugin-app-chunks.ts';
import { compileHints } from './src/tooling/vite-plugin-compile-hints.ts';
import { quireContent } from './src/tooling/vite-plugin-content.ts';
import { stacklessSentinels } from './src/tooling/vite-plugin-stackless-sentinels.ts';
import { unifiedPackages, unnamedVisitors } from './src/tooling/vite-plugin-unnamed-visitors.ts';

const site = resolveSite();
const postsDir = process.env.QUIRE_POSTS_DIR ?? 'public/posts';
// Markdown is rendered in a Web Worker, where there is no DOM: use the plain build of this
// entity decoder everywhere, not the DOM build the browser condition would pick.
const decoder = createRequire(import.meta.url).resolve('decode-named-character-reference');

export default defineConfig(({ command }) => ({
  base: basePath(site),
  plugins: [
    react(),
    unnamedVisitors(),
    stacklessSentinels(),
    appChunks(),
    compileHints(),
    quireContent({
      site,
      postsDir,
      cacheFile: devCacheFile(postsDir),
    }),
  ],
  // The build copies public/ itself, leaving drafts out.
  publicDir: command === 'serve' ? (process.env.QUIRE_PUBLIC_DIR ?? 'public') : false,
  // One stylesheet, inline in every page (docs/decisions/0014-inline-stylesheet.md): with
  // it split per chunk, Vite's loader would add it again as a <link> with a later chunk.
  // Every browser the site supports has modulepreload: no polyfill.
  build: { manifest: true, target: 'es2022', assetsInlineLimit: 0, cssCodeSplit: false, modulePreload: { polyfill: false } },
  resolve: { alias: { 'decode-named-character-reference': decoder } },
  // Bundled into the prerender bundle, so that the visitors in them lose their names too (see unnamedVisitors).
  ssr: { noExternal: unifiedPackages },
  // The Markdown worker is bundled on its own: it needs the visitors' change too (0002).
  worker: { format: 'es' as const, plugins: () => [unnamedVisitors()] },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
}));
