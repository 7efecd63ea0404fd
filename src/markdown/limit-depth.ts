/**
 * Bounds how deeply a tree (mdast or hast) nests: below `max` levels, each node keeps
 * only its text. The tree utilities after parsing recurse, and a post of 10,000 nested
 * quotes or `<div>`s would otherwise overflow the stack; no real post nests that deep.
 * Iterative, so it cannot overflow itself.
 */
import type { Node, Parent } from 'unist';

export const maxDepth = 100;

const isParent = (node: Node): node is Parent => Array.isArray((node as Parent).children);

/** All text below a node, in document order. */
function textOf(node: Node): string {
  let text = '';
  const stack: Node[] = [node];
  while (stack.length) {
    const next = stack.pop()!;
    const value = (next as { value?: unknown }).value;
    if (next.type === 'text' && typeof value === 'string') text += value;
    else if (isParent(next)) for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
  return text;
}

export function limitDepth<T extends Node>(tree: T, max = maxDepth): T {
  const stack: [Node, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!isParent(node)) continue;
    if (depth >= max) {
      node.children = [{ type: 'text', value: textOf(node) } as Node];
      continue;
    }
    for (const child of node.children) stack.push([child, depth + 1]);
  }
  return tree;
}
