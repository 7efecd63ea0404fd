/**
 * Table column alignment as classes (`align-center`), not the `align` attribute: that is
 * obsolete HTML, and React writes it as an inline `style`, which the site's
 * Content-Security-Policy (`style-src 'self'`) blocks. The classes are in global.css.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

const alignments = new Set(['left', 'right', 'center', 'justify']);

export default function rehypeTableAlign() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'td' && node.tagName !== 'th') return;
      const align = node.properties.align;
      if (align === undefined) return;
      delete node.properties.align;
      const value = String(align).trim().toLowerCase();
      if (!alignments.has(value)) return;
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, `align-${value}`];
    });
  };
}
