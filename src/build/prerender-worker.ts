/**
 * A build worker (one per core): analyses its share of the posts, keeping each parsed
 * Markdown tree, then writes the pages it is given, rendering the post pages from
 * those trees so that no post is parsed twice.
 */
import { mkdirSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { Root } from 'mdast';
import { analyse, type Analysis } from './analysis.ts';
import { dropPositions } from '../markdown/drop-positions.ts';
import { sourceDir } from '../content/load-post.ts';
import type { PostFile } from '../content/load-content.ts';
import type { DataSource } from '../data/source.ts';
import { diskSource } from './disk-source.ts';
import type { PageSpec } from './page-paths.ts';
import { cachePage, placeCachedPage, renderPageHtml, type WriteContext } from './page-writer.ts';

export type WorkerRequest =
  | { type: 'analyze'; files: PostFile[] }
  | { type: 'setup'; context: WriteContext; dataFiles: Map<string, string>; postsDir: string; sources: Map<string, string> }
  | { type: 'write'; pages: { spec: PageSpec; key: string }[] };

export type WorkerResponse = { analyses: Analysis[] } | { cached: number; rendered: number } | { ok: true } | { error: string };

/** Each post's parsed tree, its folder (where its relative links start) and title, by slug. */
const trees = new Map<string, { tree: Root; dir: string; title: string }>();
let context: WriteContext | undefined;
let source: DataSource | undefined;

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  switch (request.type) {
    case 'analyze': {
      const analyses = await Promise.all(
        request.files.map(async (f) => {
          const { tree, ...analysis } = await analyse(f);
          // Kept until the post's page is written: without positions, fewer objects for the garbage collector to scan.
          if (tree && analysis.post)
            trees.set(analysis.post.slug, {
              tree: dropPositions(tree),
              dir: sourceDir(analysis.post.source),
              title: analysis.post.frontMatter.title,
            });
          return analysis;
        }),
      );
      return { analyses };
    }
    case 'setup': {
      context = request.context;
      mkdirSync(context.pageCacheDir, { recursive: true });
      source = diskSource(request.dataFiles, request.postsDir, request.sources);
      return { ok: true };
    }
    case 'write': {
      const ctx = context;
      if (!ctx || !source) throw new Error('write before setup');
      const { pages } = request;
      let rendered = 0;
      for (const { spec, key } of pages) {
        if (placeCachedPage(ctx, spec, key)) continue;
        const body = spec.slug ? trees.get(spec.slug) : undefined;
        if (spec.slug) trees.delete(spec.slug);
        cachePage(ctx, key, await renderPageHtml(ctx, source, spec, body));
        rendered++;
        if (!placeCachedPage(ctx, spec, key)) throw new Error(`The page cache lost ${spec.path} as it was written`);
      }
      return { cached: pages.length - rendered, rendered };
    }
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  handle(request).then(
    (response) => parentPort!.postMessage(response),
    (error: unknown) =>
      parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
