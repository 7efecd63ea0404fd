/** Sanitized hast → React elements, with our components for links and code blocks. */
import type { Root } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { CodeBlock } from './code-block.tsx';
import { MarkdownLink } from './markdown-link.tsx';

const components: Partial<Components> = { a: MarkdownLink, pre: CodeBlock };

export function renderHast(tree: Root): ReactNode {
  return toJsxRuntime(tree, {
    Fragment,
    jsx,
    jsxs,
    components,
  });
}
