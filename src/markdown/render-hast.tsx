/** Sanitized hast → React elements, with our components for links and code blocks. */
import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { CodeBlock } from './components/code-block.tsx';
import { MarkdownLink } from './components/markdown-link.tsx';

export function renderHast(tree: Root): ReactNode {
  return toJsxRuntime(tree, {
    Fragment,
    jsx,
    jsxs,
    components: { a: MarkdownLink, pre: CodeBlock },
  });
}
