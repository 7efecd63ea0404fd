/**
 * A header cell with nothing in it (`| | **Urgent** |`) names no column or row, and
 * screen readers announce it as an unnamed header: make it a data cell.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

function hasName(cell: Element): boolean {
  if (toString(cell).trim()) return true;
  let named = false;
  visit(cell, 'element', (node) => {
    if (node.properties.alt || node.properties.ariaLabel || node.properties.title) named = true;
  });
  return named;
}

export default function rehypeEmptyHeaderCells() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'th' && !hasName(node)) node.tagName = 'td';
    });
  };
}
