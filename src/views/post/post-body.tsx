import { useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import { postBodyQuery } from '../../data/queries.ts';
import { useServices } from '../../data/services.ts';
import { tableOfContents } from '../../markdown/toc.ts';
import { usePage } from '../../navigation/page-stack/page-context.ts';
import { usePageNavigator } from '../../navigation/page-navigator.ts';
import { renderHast } from './markdown/render-hast.tsx';
import { useProgressiveCount } from './progressive.ts';
import { TableOfContents } from './table-of-contents.tsx';

/** Posts with at least this many section headings get a table of contents. */
const tocThreshold = 3;

/** `end` is rendered after the text once all of it is: what watches for the reader reaching the end. */
export function PostBody({ slug, end }: { slug: string; end?: ReactNode }) {
  const services = useServices();
  const { path } = usePage();
  const { fragments } = usePageNavigator();
  const { data: tree } = useSuspenseQuery(postBodyQuery(services, slug));
  const count = useProgressiveCount(tree.children.length);
  const content = useMemo(
    () =>
      renderHast(count >= tree.children.length ? tree : { ...tree, children: tree.children.slice(0, count) }, {
        pagePath: path,
        base: services.base,
      }),
    [tree, count, path, services.base],
  );
  const toc = useMemo(() => tableOfContents(tree), [tree]);
  const body = useRef<HTMLDivElement>(null);
  const owned = useCallback(
    (element: HTMLDivElement | null) => {
      body.current = element;
      if (element) fragments.markHydrated(element);
    },
    [fragments],
  );
  const hasToc = toc.length >= tocThreshold;
  return (
    <div className={hasToc ? 'post-body has-toc' : 'post-body'}>
      {hasToc && <TableOfContents entries={toc} body={body} />}
      <div className="prose" ref={owned}>
        {content}
      </div>
      {count >= tree.children.length && end}
    </div>
  );
}
