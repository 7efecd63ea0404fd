/**
 * The views' code. Each view is its own chunk, loaded on demand and kept once loaded, so
 * the router, prefetching and the page stack (which renders pages ahead of the click)
 * all use the same module. Which module is which view is bound in `app/view-modules.ts`.
 */
import type { ComponentType } from 'react';
import { loadCode } from '../data/errors.ts';
import type { Services } from '../data/services.ts';
import type { LoaderData } from '../lib/head.ts';
import type * as MarkdownRenderer from '../markdown/render-in-worker.ts';
import type { ViewName } from './routes.ts';

export interface LoaderArgs {
  params: Record<string, string | undefined>;
  /** The page's URL (with the site's base), as the router gives it. */
  request: Request;
}

export interface ViewModule {
  Component: ComponentType;
  /** Fills the query cache with what the page shows, and returns its head. */
  loader?: (args: LoaderArgs, services: Services) => LoaderData | Promise<LoaderData>;
  /**
   * The browser's Markdown renderer, in the chunk of the view that shows Markdown: a page
   * of that view has it with its own code, and no other page loads it.
   */
  markdownRenderer?: typeof MarkdownRenderer;
}

export type ViewSources = Record<ViewName, { source: string; load: () => Promise<ViewModule> }>;

export class Views {
  private readonly loading = new Map<ViewName, Promise<ViewModule>>();
  private readonly modules = new Map<ViewName, ViewModule>();

  constructor(private readonly sources: ViewSources) {}

  load(name: ViewName): Promise<ViewModule> {
    let pending = this.loading.get(name);
    if (!pending) {
      pending = loadCode(name, this.sources[name].load).then((module) => {
        this.modules.set(name, module);
        return module;
      });
      // A failed load (offline, a deploy removed the chunk) is tried again next time.
      pending.catch(() => this.loading.delete(name));
      this.loading.set(name, pending);
    }
    return pending;
  }

  /** The view's module if it has loaded. */
  loaded(name: ViewName): ViewModule | undefined {
    return this.modules.get(name);
  }

  /** The view's source file, as Vite's manifest names it (for preloading its chunk). */
  source(name: ViewName): string {
    return this.sources[name].source;
  }
}
