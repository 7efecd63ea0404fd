import type { PostSummary } from '../schema/post.ts';
import { FormattedDate } from './formatted-date.tsx';

/** "July 24, 2022 · Jose Villalta · 4 min read" */
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
      <span>{post.author}</span>
      {' · '}
      <span>{post.readingMinutes} min read</span>
      {post.draft && <span className="draft-badge"> · Draft</span>}
      {post.scheduled && <span className="draft-badge"> · Scheduled</span>}
    </p>
  );
}
