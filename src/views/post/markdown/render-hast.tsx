/** Sanitized hast → React elements, with our components for links and code blocks. */
import type { Root } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import type { ComponentProps, ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { CodeBlock } from './code-block.tsx';
import { MarkdownLink, type LinkContext } from './markdown-link.tsx';

const byPage = new Map<string, Partial<Components>>();

/** The same components for the same page, so a re-render keeps the elements. */
function componentsFor(context: LinkContext): Partial<Components> {
  const key = `${context.base} ${context.pagePath}`;
  let components = byPage.get(key);
  if (!components) {
    if (byPage.size > 50) byPage.clear();
    const a = (props: ComponentProps<'a'>) => <MarkdownLink {...props} context={context} />;
    byPage.set(key, (components = { a, pre: CodeBlock }));
  }
  return components;
}

export function renderHast(tree: Root, context: LinkContext): ReactNode {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components: componentsFor(context) });
}
