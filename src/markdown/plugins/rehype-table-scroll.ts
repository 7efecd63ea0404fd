/**
 * A wide table scrolls sideways inside a box of its own, so the page does not. Keyboard
 * users must be able to scroll it too: the box is a focusable, labelled region. The table
 * keeps its own display (`display: block` on a table drops its table semantics in some
 * screen readers).
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

export default function rehypeTableScroll() {
  return (tree: Root) => {
    let count = 0;
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      count += 1;
      const box: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'region', ariaLabel: `Table ${count}`, tabIndex: 0 },
        children: [node],
      };
      parent.children[index] = box;
      return SKIP;
    });
  };
}
