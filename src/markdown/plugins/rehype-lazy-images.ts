/** Images below the fold should not compete with the text: load them lazily. */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeLazyImages() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'img') return;
      node.properties.loading = 'lazy';
      node.properties.decoding = 'async';
      node.properties.alt ??= '';
    });
  };
}
