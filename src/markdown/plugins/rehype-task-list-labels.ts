/** GFM task-list checkboxes have no label; give each an accessible name. */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'input' || node.properties.type !== 'checkbox') return;
      node.properties.disabled = true;
      node.properties.ariaLabel = node.properties.checked ? 'Done' : 'Not done';
    });
  };
}
