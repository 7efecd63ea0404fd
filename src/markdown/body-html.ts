/**
 * A post's text as the browser shows it: HTML, in two parts so that the first screenful can be
 * shown before the rest, and its table of contents. Made in the Markdown worker for a post the
 * reader opens, and by the build for the prerendered page; the page sets the HTML as it is
 * (docs/decisions/0026-post-text-as-html.md).
 */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { withCopyButtons } from './copy-buttons.ts';
import { markdownToHast, type RenderOptions } from './markdown-to-hast.ts';
import { tableOfContents, type TocEntry } from './toc.ts';

export interface BodyHtml {
  /** The first top-level nodes of the text: about a screenful. */
  first: string;
  /** Everything after them ('' for a short text). */
  rest: string;
  toc: TocEntry[];
}

/** Top-level nodes of a post's text in its first part. */
export const firstScreenNodes = 12;

/** Serializes a sanitized tree (markdown-to-hast.ts); what it holds is safe to set as HTML. */
export function bodyHtml(tree: Root): BodyHtml {
  const { children } = withCopyButtons(tree);
  const html = (nodes: Root['children']) => toHtml({ type: 'root', children: nodes });
  return {
    first: html(children.slice(0, firstScreenNodes)),
    rest: html(children.slice(firstScreenNodes)),
    toc: tableOfContents(tree),
  };
}

/** A post's Markdown → its text's HTML: what the worker, its main-thread stand-in and the prerenderer do. */
export const markdownToBodyHtml = async (markdown: string, options: RenderOptions): Promise<BodyHtml> =>
  bodyHtml(await markdownToHast(markdown, options));
