/** Removes source positions from a tree: rendering does not need them, and they are most of its objects. */
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

export function dropPositions<T extends Node>(tree: T): T {
  visit(tree, (node) => {
    delete node.position;
  });
  return tree;
}
