/**
 * Fenced code as a page shows it: in a block with a copy button, the code focusable so that
 * a reader can scroll it with the keyboard. A copy of the tree, not a renderer plugin: feeds
 * and the search index read the same tree without the button.
 */
import type { Element, Root, RootContent } from 'hast';

export const copyButtonLabel = (copied: boolean) => (copied ? 'Copied' : 'Copy');

function codeBlock(pre: Element): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['code-block'] },
    children: [
      {
        type: 'element',
        tagName: 'button',
        properties: { type: 'button', className: ['copy-button'] },
        children: [{ type: 'text', value: copyButtonLabel(false) }],
      },
      { ...pre, properties: { ...pre.properties, tabIndex: 0 } },
    ],
  };
}

function withButtons<T extends Root | Element>(node: T): T {
  let changed = false;
  const children = node.children.map((child: RootContent) => {
    if (child.type !== 'element') return child;
    const next = child.tagName === 'pre' ? codeBlock(child) : withButtons(child);
    if (next !== child) changed = true;
    return next;
  });
  return changed ? { ...node, children } : node;
}

/** The tree with every `pre` wrapped; the nodes it does not change are shared, none is modified. */
export const withCopyButtons = (tree: Root): Root => withButtons(tree);
