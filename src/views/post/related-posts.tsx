import { useId } from 'react';
import type { RelatedPost } from '../../schema/manifest.ts';
import { FormattedDate } from '../../components/formatted-date.tsx';
import { routePaths } from '../../navigation/routes.ts';
import { PrefetchLink } from '../../navigation/prefetch-link.tsx';

/** Chosen at build time (content/related-posts.ts): only posts sharing a tag or the series. */
export function RelatedPosts({ posts }: { posts: RelatedPost[] }) {
  // A post page rendered ahead of time (page stack) has its own copy: ids must differ.
  const id = useId();
  if (!posts.length) return null;
  return (
    <section className="related" aria-labelledby={id}>
      <h2 id={id}>Related posts</h2>
      <ul>
        {posts.map((p) => (
          <li key={p.slug}>
            <PrefetchLink to={routePaths.post(p.slug)} dir="auto">
              {p.title}
            </PrefetchLink>{' '}
            <span className="related-date">
              <FormattedDate value={p.date} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
