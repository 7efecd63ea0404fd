/** Sanitized hast → React elements, with our components for links and code blocks. */
import type { Root } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { createElement, type ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { CodeBlock } from './components/code-block.tsx';
import { MarkdownLink } from './components/markdown-link.tsx';

/** Blocks of text take their direction from their own text, so right-to-left paragraphs read right to left. */
const textBlocks = ['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'td', 'th', 'dt', 'dd'] as const;
const directional = Object.fromEntries(
  textBlocks.map((tag) => [tag, (props: object) => createElement(tag, { dir: 'auto', ...props })]),
) as Partial<Components>;

export function renderHast(tree: Root): ReactNode {
  return toJsxRuntime(tree, {
    Fragment,
    jsx,
    jsxs,
    components: { ...directional, a: MarkdownLink, pre: CodeBlock },
  });
}
