/**
 * Every page loads the same code after React: the libraries (React Router, TanStack Query),
 * then the app. Left to itself, Rolldown split what the app and the views share into a dozen
 * chunks of 60 bytes to 8 KB each: sixteen files to open the home page. This gives each of
 * the two its own chunk, computed from the module graph, so that a page loads the entry, the
 * libraries, the app and its view (docs/decisions/0036-app-chunks.md). Code that loads later
 * (a view's own modules, the search palette, the Markdown renderer) keeps its chunks.
 */
import type { Plugin } from 'vite';
import { inBrowserBuild } from './browser-build.ts';

/** What a module imports, as the bundler knows it. */
export interface ModuleGraph {
  ids: Iterable<string>;
  imports: (id: string) => readonly string[];
}

/** The modules that start the two loads, and the views' modules (each a chunk of its own). */
export interface ChunkRoots {
  /** Evaluated first, from the page's script: React and the entry (its chunk stays as it is). */
  entry: RegExp;
  libraries: RegExp;
  app: RegExp;
  views: RegExp;
}

export const appChunkRoots: ChunkRoots = {
  entry: /[\\/]src[\\/]app[\\/]entry-client\.ts$/,
  libraries: /[\\/]src[\\/]app[\\/]start-libraries\.ts$/,
  app: /[\\/]src[\\/]app[\\/]start-app\.tsx$/,
  views: /[\\/]src[\\/]views[\\/][^\\/]+[\\/]route\.tsx$/,
};

/** Everything `roots` import, statically, directly or not, themselves included. */
function staticClosure(graph: ModuleGraph, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...roots];
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    todo.push(...graph.imports(id));
  }
  return seen;
}

/**
 * The libraries' chunk: what `start-libraries` imports, less what the entry has. The app's:
 * what `start-app` imports, and what two views or more import, less both of those. Each set
 * holds its modules' own imports (those not in an earlier load), so no chunk imports a later one.
 */
export function appChunkSets(graph: ModuleGraph, roots: ChunkRoots = appChunkRoots) {
  const all = [...graph.ids];
  const matching = (pattern: RegExp) => all.filter((id) => pattern.test(id));
  const entry = staticClosure(graph, matching(roots.entry));
  const libraries = new Set([...staticClosure(graph, matching(roots.libraries))].filter((id) => !entry.has(id)));
  const earlier = (id: string) => entry.has(id) || libraries.has(id);
  const usedBy = new Map<string, number>();
  for (const view of matching(roots.views))
    for (const id of staticClosure(graph, [view])) if (!roots.views.test(id)) usedBy.set(id, (usedBy.get(id) ?? 0) + 1);
  const shared = [...usedBy].filter(([, views]) => views >= 2).map(([id]) => id);
  const app = new Set([...staticClosure(graph, [...matching(roots.app), ...shared])].filter((id) => !earlier(id)));
  return { libraries, app };
}

export function appChunks(): Plugin {
  let sets: ReturnType<typeof appChunkSets> | undefined;
  return {
    name: 'quire:app-chunks',
    apply: inBrowserBuild,
    buildEnd() {
      sets = appChunkSets({ ids: this.getModuleIds(), imports: (id) => this.getModuleInfo(id)?.importedIds ?? [] });
    },
    outputOptions(options) {
      const member = (key: 'libraries' | 'app') => (id: string) => sets?.[key].has(id) ?? false;
      return {
        ...options,
        codeSplitting: {
          // The sets are closed under static imports already.
          includeDependenciesRecursively: false,
          groups: [
            { name: 'libraries', test: member('libraries'), priority: 2 },
            { name: 'app', test: member('app'), priority: 1 },
          ],
        },
      };
    },
  };
}
