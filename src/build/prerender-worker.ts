/**
 * A build worker (one per core): analyses its share of the posts, keeping each parsed
 * Markdown tree, then writes the pages it is given, rendering the post pages from
 * those trees so that no post is parsed twice.
 */
import { parentPort } from 'node:worker_threads';
import type { Root } from 'mdast';
import { analyse, type Analysis } from '../content/analysis.ts';
import type { PostFile } from '../content/load-content.ts';
import { diskSource, setDataSource } from '../entry-server.tsx';
import type { PageSpec } from './page-paths.ts';
import { writePage, type WriteContext } from './page-writer.ts';

export type WorkerRequest =
  | { type: 'analyze'; files: PostFile[] }
  | { type: 'setup'; context: WriteContext; dataDir: string; postsDir: string }
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
          if (tree && analysis.post) trees.set(analysis.post.slug, tree);
          return analysis;
        }),
      );
      return { analyses };
    }
    case 'setup': {
      context = request.context;
      setDataSource(diskSource(request.dataDir, request.postsDir));
      return { ok: true };
    }
    case 'write': {
      if (!context) throw new Error('write before setup');
      let cached = 0;
      let rendered = 0;
      for (const { spec, key } of request.pages) {
        const tree = spec.slug ? trees.get(spec.slug) : undefined;
        if (spec.slug) trees.delete(spec.slug);
        if ((await writePage(context, spec, key, tree)) === 'cached') cached++;
        else rendered++;
      }
      return { cached, rendered };
    }
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  handle(request).then(
    (response) => parentPort!.postMessage(response),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
