import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { postBodyQuery } from '../../data/post-body-query.ts';
import { renderHast } from '../../markdown/render-hast.tsx';
import { tableOfContents } from '../../markdown/toc.ts';
import { TableOfContents } from './table-of-contents.tsx';

/** Posts with at least this many section headings get a table of contents. */
const tocThreshold = 3;

export function PostBody({ slug }: { slug: string }) {
  const { data: tree } = useSuspenseQuery(postBodyQuery(slug));
  const content = useMemo(() => renderHast(tree), [tree]);
  const toc = useMemo(() => tableOfContents(tree), [tree]);
  return (
    <>
      {toc.length >= tocThreshold && <TableOfContents entries={toc} />}
      <div className="prose">{content}</div>
    </>
  );
}
