/** Syntax highlighting, loaded only by posts that contain fenced code in a named language. */
import type { Root } from 'hast';
import { EXIT, visit } from 'unist-util-visit';
import { codeLanguage } from './code-language.ts';

/** A fence (three backticks or tildes) with an info string opens a line: the post may need the highlighter. */
export const mayHaveFencedCode = (markdown: string) => /^ {0,3}(?:`{3,}|~{3,})[ \t]*[^\s`~]/m.test(markdown);

type Highlight = (tree: Root) => void;
let loading: Promise<Highlight> | undefined;
let loaded: Highlight | undefined;

/** Starts loading the highlighter's chunk, once (again after a failure); resolves to it. */
export function loadHighlighter(): Promise<Highlight> {
  loading ??= import('./highlight.ts').then(
    ({ highlight }) => (loaded = highlight),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export type HighlightFileData = {
  /** Given: leave the code plain rather than wait for the highlighter's download. */
  plainUntilLoaded?: boolean;
  /** Set: the code was left plain; `highlightCode` finishes the tree. */
  codeLeftPlain?: boolean;
};

const hasNamedCode = (tree: Root) => {
  let found = false;
  visit(tree, 'element', (node, _index, parent) => {
    if (node.tagName === 'code' && parent?.type === 'element' && parent.tagName === 'pre' && codeLanguage(node)) {
      found = true;
      return EXIT;
    }
  });
  return found;
};

/** Highlights a tree the plugin left plain, once the highlighter is here. */
export const highlightCode = async (tree: Root) => (await loadHighlighter())(tree);

export default function rehypeHighlightWhenNeeded() {
  return async (tree: Root, file: { data: object }) => {
    if (!hasNamedCode(tree)) return;
    if (loaded) return loaded(tree);
    const data = file.data as HighlightFileData;
    if (!data.plainUntilLoaded) return highlightCode(tree);
    data.codeLeftPlain = true;
    void loadHighlighter().catch(() => undefined);
  };
}
