import { useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { postBodyQuery } from '../../data/post-body-query.ts';
import { renderHast } from './markdown/render-hast.tsx';
import { tableOfContents } from '../../markdown/toc.ts';
import { markBodyHydrated } from '../../navigation/early-fragment-links.ts';
import { useProgressiveCount } from './progressive.ts';
import { TableOfContents } from './table-of-contents.tsx';

/** Posts with at least this many section headings get a table of contents. */
const tocThreshold = 3;

export function PostBody({ slug }: { slug: string }) {
  const { data: tree } = useSuspenseQuery(postBodyQuery(slug));
  const count = useProgressiveCount(tree.children.length);
  const content = useMemo(
    () => renderHast(count >= tree.children.length ? tree : { ...tree, children: tree.children.slice(0, count) }),
    [tree, count],
  );
  const toc = useMemo(() => tableOfContents(tree), [tree]);
  const owned = useCallback((body: HTMLDivElement | null) => void (body && markBodyHydrated(body)), []);
  return (
    <>
      {toc.length >= tocThreshold && <TableOfContents entries={toc} />}
      <div className="prose" ref={owned}>
        {content}
      </div>
    </>
  );
}
