import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { basePath, resolveSite } from './src/build/site-config.ts';
import { quireContent } from './src/content/vite-plugin.ts';

const site = resolveSite();

export default defineConfig(({ command }) => ({
  base: basePath(site),
  plugins: [react(), quireContent({ site, postsDir: 'public/posts', cacheFile: '.cache/quire/posts.json' })],
  // The build copies public/ itself, leaving drafts out.
  publicDir: command === 'serve' ? 'public' : false,
  build: { manifest: true, target: 'es2022', assetsInlineLimit: 0 },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
}));
