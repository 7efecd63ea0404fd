/** Syntax highlighting, loaded only by posts that contain fenced code in a named language. */
import type { Root } from 'hast';
import { EXIT, visit } from 'unist-util-visit';
import { codeLanguage } from './code-language.ts';

/** A fence (three backticks or tildes) with an info string opens a line: the post may need the highlighter. */
export const mayHaveFencedCode = (markdown: string) => /^ {0,3}(?:`{3,}|~{3,})[ \t]*[^\s`~]/m.test(markdown);

export default function rehypeHighlightWhenNeeded() {
  return async (tree: Root) => {
    let found = false;
    visit(tree, 'element', (node, _index, parent) => {
      if (node.tagName === 'code' && parent?.type === 'element' && parent.tagName === 'pre' && codeLanguage(node)) {
        found = true;
        return EXIT;
      }
    });
    if (!found) return;
    const { highlight } = await import('./highlight.ts');
    highlight(tree);
  };
}
