import { Fragment } from 'react';
import { PrefetchLink } from '../navigation/prefetch-link.tsx';
import { routePaths } from '../navigation/routes.ts';
import type { PostSummary } from '../schema/post.ts';
import { FormattedDate } from './formatted-date.tsx';

/** Between the names of a list: "Ann and Bob", "Ann, Bob and Cy". */
const separator = (i: number, count: number) => (i === 0 ? '' : i === count - 1 ? ' and ' : ', ');

/** "July 24, 2022 · Jose Villalta · 4 min read", each author a link to their page. */
export function PostMeta({ post, showUpdated = false }: { post: PostSummary; showUpdated?: boolean }) {
  return (
    <p className="post-meta">
      <FormattedDate value={post.date} />
      {showUpdated && post.updated && (
        <>
          {' · Updated '}
          <FormattedDate value={post.updated} />
        </>
      )}
      {' · '}
      <span>
        {post.authors.map((a, i) => (
          <Fragment key={a.slug}>
            {separator(i, post.authors.length)}
            <PrefetchLink to={routePaths.author(a.slug)}>{a.name}</PrefetchLink>
          </Fragment>
        ))}
      </span>
      {' · '}
      <span>{post.readingMinutes} min read</span>
      {post.draft && <span className="draft-badge"> · Draft</span>}
      {post.scheduled && <span className="draft-badge"> · Scheduled</span>}
    </p>
  );
}
