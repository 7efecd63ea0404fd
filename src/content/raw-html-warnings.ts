/**
 * Raw HTML a post's page does not show as written, reported once per element name and
 * post, where it first is: an `<iframe>` (or another tag GFM's tag filter escapes) shows
 * as text; a `<script>` or `<style>` is left out with its content; any other element the
 * sanitizer does not keep (`<video>`, `<center>`) is left out, its text kept.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { filteredTags, removedWithContent } from '../markdown/plugins/rehype-tag-filter.ts';
import { sanitizeSchema } from '../markdown/sanitize-schema.ts';
import type { Diagnostic } from './diagnostics.ts';
import { positionInNode } from './position-in-node.ts';

const kept = new Set(sanitizeSchema.tagNames);
const embeds = new Set(['iframe', 'noembed', 'noframes']);
const startTag = /<([a-z][a-z0-9-]*)(?=[\s/>]|$)/gi;

function problem(name: string): Diagnostic['group'] | undefined {
  if (removedWithContent.has(name))
    return { what: `raw <${name}>`, fix: 'it is left out with its content: a post runs no code and brings no styles' };
  if (embeds.has(name))
    return { what: `raw <${name}>`, fix: 'it shows as text (posts embed nothing): link to what it shows instead' };
  if (filteredTags.includes(name))
    return { what: `raw <${name}>`, fix: 'it shows as text: leave the tag out, or write it as code (`<tag>`)' };
  if (!kept.has(name))
    return { what: `raw <${name}>`, fix: 'it is left out, its text kept (posts keep basic HTML only): write it in Markdown' };
  return undefined;
}

export function rawHtmlWarnings(tree: Root, file: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  const seen = new Set<string>();
  visit(tree, 'html', (node) => {
    if (!node.position) return;
    for (const match of node.value.matchAll(startTag)) {
      const name = match[1]!.toLowerCase();
      const group = problem(name);
      if (!group || seen.has(name)) continue;
      seen.add(name);
      const at = positionInNode(node.position.start, node.value, match.index);
      found.push({ file, ...at, severity: 'warning', message: `${group.what}: ${group.fix}`, group });
    }
  });
  return found;
}
