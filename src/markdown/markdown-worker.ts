/// <reference lib="webworker" />
/** Renders Markdown to the HTML of a post's text off the main thread, so parsing never blocks a click or a scroll. */
import { markdownToBodyHtml, type BodyHtml } from './body-html.ts';
import type { RenderOptions } from './markdown-to-hast.ts';
import { mayHaveFencedCode } from './plugins/rehype-highlight-when-needed.ts';

/** A render, or `prepare`: a post is on its way, load the highlighter now (for a post without code, one file too many). */
export type WorkerRequest = { id: number; markdown: string; options: RenderOptions } | { prepare: true };

export type WorkerReply = { id: number; body: BodyHtml } | { id: number; error: string };

self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  // The highlighter downloads while the Markdown is fetched or parsed, not after.
  if ('prepare' in data) {
    void import('./plugins/highlight.ts');
    return;
  }
  if (mayHaveFencedCode(data.markdown)) void import('./plugins/highlight.ts');
  try {
    // Strings, not the tree: copied back at once, and set by the page without building an element at a time (0026).
    const body = await markdownToBodyHtml(data.markdown, data.options);
    self.postMessage({ id: data.id, body } satisfies WorkerReply);
  } catch (error) {
    self.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
  }
};

// V8 compiles a function on its first call: rendering a small document as soon as the worker
// starts compiles the parser's and the serializer's common paths before a post needs them
// (its code block names no language, so the highlighter is not fetched for it).
const warmUp =
  '# A\n\nSome *text*, **strong**, `code`, a [link](/a).\n\n<!-- more -->\n\n- one\n- two\n\n1. a\n\n> quote\n\n```\nx = 1\n```\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nA note[^1], ~~gone~~.\n\n[^1]: Note.\n';
void markdownToBodyHtml(warmUp, { base: '/' }).catch(() => undefined);
