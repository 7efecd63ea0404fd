/**
 * A post's text as the browser shows it: HTML, in two parts so that the first screenful can be
 * shown before the rest, and its table of contents. Made in the Markdown worker for a post the
 * reader opens, and by the build for the prerendered page; the page sets the HTML as it is
 * (docs/decisions/0026-post-text-as-html.md).
 */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { withCopyButtons } from './copy-buttons.ts';
import { markdownToHast, type RenderOptions } from './markdown-to-hast.ts';
import { tableOfContents, type TocEntry } from './toc.ts';

export interface BodyHtml {
  /** The first top-level nodes of the text: about a screenful (BodyOptions.screenful). */
  first: string;
  /** Everything after them ('' for a short text). */
  rest: string;
  toc: TocEntry[];
}

export interface BodyOptions extends RenderOptions {
  /** Characters of text that fill the reader's screen below a post's header (views/post/screenful.ts); a phone's when not given. */
  screenful?: number;
}

/** A phone's screenful of text below a post's header, in characters. */
export const phoneScreenful = 600;
/** Top-level elements in the first part at most, however short (images, say). */
export const firstScreenElements = 12;

/**
 * How many top-level nodes the first part takes: up to the one that fills the screen. Less
 * text there is less for the browser to lay out before a click's paint (0032).
 */
function firstPartLength(children: Root['children'], screenful: number): number {
  let chars = 0;
  let elements = 0;
  for (const [i, node] of children.entries()) {
    chars += toString(node).length;
    if (node.type === 'element') elements++;
    if (chars >= screenful || elements === firstScreenElements) return i + 1;
  }
  return children.length;
}

/** Serializes a sanitized tree (markdown-to-hast.ts); what it holds is safe to set as HTML. */
export function bodyHtml(tree: Root, screenful = phoneScreenful): BodyHtml {
  const { children } = withCopyButtons(tree);
  const html = (nodes: Root['children']) => toHtml({ type: 'root', children: nodes });
  const split = firstPartLength(children, screenful);
  return {
    first: html(children.slice(0, split)),
    rest: html(children.slice(split)),
    toc: tableOfContents(tree),
  };
}

/** A post's Markdown → its text's HTML: what the worker, its main-thread stand-in and the prerenderer do. */
export const markdownToBodyHtml = async (markdown: string, options: BodyOptions): Promise<BodyHtml> =>
  bodyHtml(await markdownToHast(markdown, options), options.screenful);
