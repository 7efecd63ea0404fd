/**
 * A body that starts with the post's title as a heading (`# Title`, as other generators'
 * posts often do) would show the title twice: the renderer leaves that heading out, and
 * the build reports it.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The body's first heading, when it is a level-one heading that says the title. */
export function titleHeading(tree: Root, title: string): RootContent | undefined {
  const first = tree.children.find((node) => node.type !== 'yaml');
  return first?.type === 'heading' && first.depth === 1 && normalise(toString(first)) === normalise(title) ? first : undefined;
}

export function withoutTitleHeading(tree: Root, title: string): Root {
  const heading = titleHeading(tree, title);
  return heading ? { ...tree, children: tree.children.filter((node) => node !== heading) } : tree;
}
