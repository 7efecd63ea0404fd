/**
 * GFM's tag filter, before raw HTML is parsed. The elements below switch the HTML parser
 * into a raw-text mode that swallows everything after them until their end tag, so an
 * unclosed `<title>` would turn the rest of the post into plain text. As GitHub does, their
 * tags are written out as text (`&lt;title>`), except that a `<style>` or `<script>` with
 * its end tag (in the same raw HTML, or later in the same paragraph) goes away with its
 * content: that is code, not text for the reader.
 */
import type { Parent, Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';

/** The elements GFM's tag filter writes out as text. */
export const filteredTags = ['title', 'textarea', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'script', 'plaintext'];
const tag = new RegExp(`<(/?)(${filteredTags.join('|')})(?=[\\t\\n\\f\\r />]|$)`, 'i');
/** Of those, the ones removed with their content when their end tag follows. */
export const removedWithContent = new Set(['style', 'script']);

const endTag = (name: string) => new RegExp(`</${name}[\\t\\n\\f\\r ]*>`, 'i');

function isRaw(node: RootContent | undefined): node is RootContent & { type: 'raw'; value: string } {
  return node?.type === 'raw';
}

/** Filters the raw node at `index` of `parent`, removing siblings a `<style>…</style>` spans. */
function filterAt(parent: Parent, index: number) {
  const node = parent.children[index];
  if (!isRaw(node)) return;
  let from = 0;
  for (let match = tag.exec(node.value); match; match = tag.exec(node.value.slice(from))) {
    const at = from + match.index;
    const name = match[2]!.toLowerCase();
    if (!match[1] && removedWithContent.has(name)) {
      const end = endTag(name);
      const own = end.exec(node.value.slice(at));
      if (own) {
        node.value = node.value.slice(0, at) + node.value.slice(at + own.index + own[0].length);
        from = at;
        continue;
      }
      const later = parent.children.findIndex((sibling, i) => i > index && isRaw(sibling) && end.test(sibling.value));
      if (later !== -1) {
        const closing = parent.children[later] as RootContent & { value: string };
        const close = end.exec(closing.value)!;
        closing.value = closing.value.slice(close.index + close[0].length);
        parent.children.splice(index + 1, later - index - 1);
        node.value = node.value.slice(0, at);
        return;
      }
    }
    node.value = `${node.value.slice(0, at)}&lt;${node.value.slice(at + 1)}`;
    from = at + 4;
  }
}

export default function rehypeTagFilter() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (!('children' in node)) return;
      const parent = node as Parent;
      for (let index = 0; index < parent.children.length; index++) filterAt(parent, index);
    });
  };
}
