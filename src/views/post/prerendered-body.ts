/**
 * The body of a prerendered post as the browser received it, read before hydrating: the
 * post view keeps this HTML instead of fetching the Markdown and rendering it again
 * (docs/decisions/0020-quiet-after-load.md).
 */
import type { PrerenderedBody } from '../../data/services.ts';
import type { TocEntry } from '../../markdown/toc.ts';

/** The table of contents of a rendered body, as markdown/toc.ts finds it in the hast. */
export function tocOfElement(body: Element): TocEntry[] {
  return [...body.querySelectorAll<HTMLElement>('h2[id], h3[id]')]
    .filter((heading) => !heading.classList.contains('sr-only'))
    .map((heading) => {
      const text = [...heading.childNodes]
        .filter((child) => !(child instanceof Element && child.classList.contains('heading-anchor')))
        .map((child) => child.textContent)
        .join('')
        .trim();
      return { id: heading.id, text, depth: heading.tagName === 'H2' ? 2 : 3 };
    });
}

export function readPrerenderedBody(container: Element, path: string): PrerenderedBody | undefined {
  const body = container.querySelector('article.post .prose');
  if (!body) return undefined;
  const [first, rest] = [...body.querySelectorAll(':scope > .prose-part')].map((part) => part.innerHTML);
  return { path, first: first ?? '', rest: rest ?? '', toc: tocOfElement(body) };
}
