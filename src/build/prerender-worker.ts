/**
 * A build worker (one per core): analyses its share of the posts, keeping each parsed
 * Markdown tree, then writes the pages it is given, rendering the post pages from
 * those trees so that no post is parsed twice.
 */
import { parentPort } from 'node:worker_threads';
import type { Root } from 'mdast';
import { analyse, type Analysis } from '../content/analysis.ts';
import { dropPositions } from '../markdown/drop-positions.ts';
import type { PostFile } from '../content/load-content.ts';
import { buildSource, setDataSource } from '../entry-server.tsx';
import type { PageSpec } from './page-paths.ts';
import { cachedPage, cachePage, renderPageHtml, writeOutputPage, type WriteContext } from './page-writer.ts';

export type WorkerRequest =
  | { type: 'analyze'; files: PostFile[] }
  | { type: 'setup'; context: WriteContext; dataFiles: Map<string, string>; postsDir: string }
  | { type: 'write'; pages: { spec: PageSpec; key: string }[] };

export type WorkerResponse = { analyses: Analysis[] } | { cached: number; rendered: number } | { ok: true } | { error: string };

const trees = new Map<string, Root>();
let context: WriteContext | undefined;

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  switch (request.type) {
    case 'analyze': {
      const analyses = await Promise.all(
        request.files.map(async (f) => {
          const { tree, ...analysis } = await analyse(f);
          // Kept until the post's page is written: without positions, far less for the garbage collector to scan.
          if (tree && analysis.post) trees.set(analysis.post.slug, dropPositions(tree));
          return analysis;
        }),
      );
      return { analyses };
    }
    case 'setup': {
      context = request.context;
      setDataSource(buildSource(request.dataFiles, request.postsDir));
      return { ok: true };
    }
    case 'write': {
      const ctx = context;
      if (!ctx) throw new Error('write before setup');
      const { pages } = request;
      // Rendering is one page at a time (it uses one query client); file reads and writes overlap.
      const fromCache = await Promise.all(pages.map(({ key }) => cachedPage(ctx, key)));
      const writes: Promise<void>[] = [];
      let rendered = 0;
      for (const [i, { spec, key }] of pages.entries()) {
        let html = fromCache[i];
        if (html === undefined) {
          const tree = spec.slug ? trees.get(spec.slug) : undefined;
          if (spec.slug) trees.delete(spec.slug);
          html = await renderPageHtml(ctx, spec, tree);
          rendered++;
          writes.push(cachePage(ctx, key, html));
        }
        writes.push(writeOutputPage(ctx, spec, html));
      }
      await Promise.all(writes);
      return { cached: pages.length - rendered, rendered };
    }
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  handle(request).then(
    (response) => parentPort!.postMessage(response),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
