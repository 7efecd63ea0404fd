/**
 * GitHub's Markdown extensions, only those a document can use. The parser tries an
 * extension's constructs wherever they could start (a table at every line, an e-mail
 * autolink at every word), most of the time it takes to parse a post; a document without
 * the characters a construct needs cannot contain it, so that construct is left out. The
 * tree is the one remark-gfm gives (a test compares the two). Figures:
 * docs/decisions/0001-gfm-constructs-per-document.md.
 */
import type { Extension as MdastExtension } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Construct, ConstructRecord, Extension } from 'micromark-util-types';

export interface GfmParts {
  extensions: Extension[];
  mdastExtensions: MdastExtension[];
}

type AutolinkKind = 'emailAutolink' | 'wwwAutolink' | 'protocolAutolink';

/** Which autolink literals the parser can find: an e-mail needs `@`, the others their prefix. */
const autolinkKinds = (markdown: string): AutolinkKind[] => [
  ...(markdown.includes('@') ? (['emailAutolink'] as const) : []),
  ...(/www\./i.test(markdown) ? (['wwwAutolink'] as const) : []),
  ...(/https?:\/\//i.test(markdown) ? (['protocolAutolink'] as const) : []),
];

const autolinkText = gfmAutolinkLiteral().text!;
const autolinks = new Map<string, Extension>();

/** The autolink literal extension with only the given kinds of construct. */
function autolinkExtension(kinds: AutolinkKind[]): Extension {
  const key = kinds.join();
  let extension = autolinks.get(key);
  if (!extension) {
    const text: ConstructRecord = {};
    for (const [code, value] of Object.entries(autolinkText)) {
      const kept = [value].flat().filter((c): c is Construct => kinds.includes(c?.name as AutolinkKind));
      if (kept.length) text[Number(code)] = kept;
    }
    autolinks.set(key, (extension = { text }));
  }
  return extension;
}

/**
 * Whether a table can start: a delimiter row (only pipes, colons, dashes and spaces,
 * after any `>` of a quote) with a pipe or a colon in it, or a pipe in the row above.
 * (`a` over `:-:` is a table; `a` over `---` is a heading.)
 */
function mayHaveTable(markdown: string): boolean {
  const lines = markdown.split(/\r\n?|\n/);
  return lines.some(
    (line, i) => /^[ \t>]*[ \t:|-]*-[ \t:|-]*$/.test(line) && (/[|:]/.test(line) || (i > 0 && lines[i - 1]!.includes('|'))),
  );
}

const footnote = gfmFootnote();
const strikethrough = gfmStrikethrough();
const table = gfmTable();
const taskListItem = gfmTaskListItem();

export function gfmWhenNeeded(markdown: string): GfmParts {
  const extensions: Extension[] = [];
  const mdastExtensions: MdastExtension[] = [];
  const kinds = autolinkKinds(markdown);
  if (kinds.length) extensions.push(autolinkExtension(kinds));
  // Literal URLs and e-mails are also found in text after parsing, where an escape or a
  // character reference (`&#64;`) may have made them.
  if (/www|http|@|&/i.test(markdown)) mdastExtensions.push(gfmAutolinkLiteralFromMarkdown());
  if (markdown.includes('[^')) {
    extensions.push(footnote);
    mdastExtensions.push(gfmFootnoteFromMarkdown());
  }
  if (markdown.includes('~')) {
    extensions.push(strikethrough);
    mdastExtensions.push(gfmStrikethroughFromMarkdown());
  }
  if (mayHaveTable(markdown)) {
    extensions.push(table);
    mdastExtensions.push(gfmTableFromMarkdown());
  }
  if (/\[[\sxX]\]/.test(markdown)) {
    extensions.push(taskListItem);
    mdastExtensions.push(gfmTaskListItemFromMarkdown());
  }
  return { extensions, mdastExtensions };
}
