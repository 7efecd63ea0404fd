/// <reference lib="webworker" />
/** Renders Markdown to sanitized hast off the main thread, so parsing never blocks a click or a scroll. */
import type { Root } from 'hast';
import { dropPositions } from './drop-positions.ts';
import { markdownToHast, type RenderOptions } from './markdown-to-hast.ts';
import { mayHaveFencedCode } from './plugins/rehype-highlight-when-needed.ts';

export interface WorkerRequest {
  id: number;
  markdown: string;
  options: RenderOptions;
}

export type WorkerReply = { id: number; tree: Root } | { id: number; error: string };

self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  // The highlighter downloads while the Markdown is parsed, not after.
  if (mayHaveFencedCode(data.markdown)) void import('./plugins/highlight.ts');
  try {
    // Without positions, much less is copied back (docs/decisions/0006-markdown-in-a-web-worker.md).
    const tree = dropPositions(await markdownToHast(data.markdown, data.options));
    self.postMessage({ id: data.id, tree } satisfies WorkerReply);
  } catch (error) {
    self.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
  }
};
