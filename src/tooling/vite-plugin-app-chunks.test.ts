import { describe, expect, it } from 'vitest';
import { appChunkSets, type ModuleGraph } from './vite-plugin-app-chunks.ts';

/** A graph written as `module: [what it imports]`, with ids shaped like the app's. */
function graph(edges: Record<string, string[]>): ModuleGraph {
  return { ids: Object.keys(edges), imports: (id) => edges[id] ?? [] };
}

const app = graph({
  '/p/src/app/entry-client.ts': ['/p/node_modules/react-dom/client.js', '/p/src/lib/when-idle.ts'],
  '/p/node_modules/react-dom/client.js': ['/p/node_modules/react/index.js'],
  '/p/node_modules/react/index.js': [],
  '/p/src/lib/when-idle.ts': [],
  '/p/src/app/start-libraries.ts': ['/p/node_modules/react-router/index.js'],
  '/p/node_modules/react-router/index.js': [
    '/p/node_modules/react/index.js',
    '/p/node_modules/cookie/index.js',
    '/p/node_modules/react/jsx-runtime.js',
  ],
  '/p/node_modules/cookie/index.js': [],
  '/p/node_modules/react/jsx-runtime.js': [],
  '/p/src/app/start-app.tsx': [
    '/p/src/app/routes.tsx',
    '/p/node_modules/react-router/index.js',
    '/p/src/lib/when-idle.ts',
    '/p/node_modules/react/jsx-runtime.js',
  ],
  '/p/src/app/routes.tsx': ['/p/src/navigation/router-link.tsx'],
  '/p/src/navigation/router-link.tsx': [],
  '/p/src/views/home/route.tsx': ['/p/src/components/post-list.tsx', '/p/src/components/pagination.tsx'],
  '/p/src/views/tag/route.tsx': ['/p/src/components/post-list.tsx', '/p/src/navigation/router-link.tsx'],
  '/p/src/views/post/route.tsx': ['/p/src/views/post/post-body.tsx'],
  '/p/src/views/post/post-body.tsx': [],
  '/p/src/components/post-list.tsx': ['/p/src/components/formatted-date.tsx'],
  '/p/src/components/formatted-date.tsx': ['/p/src/lib/dates.ts'],
  '/p/src/lib/dates.ts': [],
  '/p/src/components/pagination.tsx': [],
  // Loaded on demand: only a dynamic import reaches it, which is not in the graph's imports.
  '/p/src/components/search/search-palette.tsx': ['/p/src/components/search/marked-text.tsx'],
  '/p/src/components/search/marked-text.tsx': [],
});

const short = (ids: Set<string>) => [...ids].map((id) => id.slice(3)).sort();

describe('appChunkSets', () => {
  const sets = appChunkSets(app);

  it('gives the libraries what start-libraries imports, less what the entry has', () => {
    expect(short(sets.libraries)).toEqual([
      'node_modules/cookie/index.js',
      'node_modules/react-router/index.js',
      'node_modules/react/jsx-runtime.js',
      'src/app/start-libraries.ts',
    ]);
  });

  it('gives the app what start-app imports and what two views share, with their imports', () => {
    expect(short(sets.app)).toEqual([
      'src/app/routes.tsx',
      'src/app/start-app.tsx',
      'src/components/formatted-date.tsx',
      'src/components/post-list.tsx',
      'src/lib/dates.ts',
      'src/navigation/router-link.tsx',
    ]);
  });

  it("leaves a view's own modules, the views and code loaded on demand to their own chunks", () => {
    const grouped = new Set([...sets.libraries, ...sets.app]);
    for (const id of [
      '/p/src/components/pagination.tsx',
      '/p/src/views/post/post-body.tsx',
      '/p/src/views/home/route.tsx',
      '/p/src/components/search/search-palette.tsx',
      '/p/src/components/search/marked-text.tsx',
      '/p/src/lib/when-idle.ts',
      '/p/node_modules/react/index.js',
    ])
      expect(grouped.has(id), id).toBe(false);
  });
});
