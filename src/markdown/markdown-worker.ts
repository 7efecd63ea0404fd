/// <reference lib="webworker" />
/** Renders Markdown to the HTML of a post's text off the main thread, so parsing never blocks a click or a scroll. */
import { bodyHtml, markdownToBodyHtml, type BodyHtml } from './body-html.ts';
import { markdownToHastNow, type RenderOptions } from './markdown-to-hast.ts';
import { highlightCode, loadHighlighter, mayHaveFencedCode } from './plugins/rehype-highlight-when-needed.ts';

export interface WorkerRequest {
  id: number;
  markdown: string;
  options: RenderOptions;
}

/**
 * The text, `final` unless its code was left plain because the highlighter was still on its
 * way: the highlighted text follows in a second reply (or an error, and the plain text stays).
 */
export type WorkerReply = { id: number; body: BodyHtml; final: boolean } | { id: number; error: string };

const startHighlighter = () => void loadHighlighter().catch(() => undefined);

self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  // The highlighter downloads while the Markdown is parsed, not after.
  if (mayHaveFencedCode(data.markdown)) startHighlighter();
  const { id } = data;
  try {
    // Strings, not the tree: copied back at once, and set by the page without building an element at a time (0026).
    // The text is not held back by the highlighter's download: its code is coloured in a second reply (0029).
    const { tree, codeLeftPlain } = await markdownToHastNow(data.markdown, data.options);
    self.postMessage({ id, body: bodyHtml(tree), final: !codeLeftPlain } satisfies WorkerReply);
    if (!codeLeftPlain) return;
    await highlightCode(tree);
    self.postMessage({ id, body: bodyHtml(tree), final: true } satisfies WorkerReply);
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
  }
};

// V8 compiles a function on its first call: rendering a small document as soon as the worker
// starts compiles the parser's and the serializer's common paths before a post needs them
// (its code block names no language, so the highlighter is not fetched for it).
const warmUp =
  '# A\n\nSome *text*, **strong**, `code`, a [link](/a).\n\n<!-- more -->\n\n- one\n- two\n\n1. a\n\n> quote\n\n```\nx = 1\n```\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nA note[^1], ~~gone~~.\n\n[^1]: Note.\n';
void markdownToBodyHtml(warmUp, { base: '/' }).catch(() => undefined);
