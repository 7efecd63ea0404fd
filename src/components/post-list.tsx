import type { ReactNode } from 'react';
import type { PostSummary } from '../schema/post.ts';
import { routePaths } from '../navigation/routes.ts';
import { PostMeta } from './post-meta.tsx';
import { PrefetchLink } from '../navigation/prefetch-link.tsx';
import { TagChips } from './tag-chips.tsx';

/** `mark` adds a note after a post's title (e.g. "Finished" on a series page). */
export function PostList({
  posts,
  headingLevel = 2,
  mark,
}: {
  posts: PostSummary[];
  headingLevel?: 2 | 3;
  mark?: (slug: string) => ReactNode;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ol className="post-list">
      {posts.map((post) => (
        <li key={post.slug} className="post-card">
          <Heading className="post-card-title" dir="auto">
            <PrefetchLink to={routePaths.post(post.slug)}>{post.title}</PrefetchLink>
            {mark?.(post.slug)}
          </Heading>
          {post.summary && (
            <p className="post-card-summary" dir="auto">
              {post.summary}
            </p>
          )}
          <PostMeta post={post} />
          <TagChips tags={post.tags} />
        </li>
      ))}
    </ol>
  );
}
