import type { PostData } from '../../schema/manifest.ts';
import { routePaths } from '../../lib/paths.ts';
import { PrefetchLink } from '../../components/prefetch-link.tsx';

/** Newer and older posts in the whole blog. */
export function PostNav({ data }: { data: PostData }) {
  if (!data.newer && !data.older) return null;
  return (
    <nav className="post-nav" aria-label="More posts">
      {data.newer ? (
        <PrefetchLink to={routePaths.post(data.newer.slug)} className="post-nav-newer">
          <span className="post-nav-label">Newer post</span>
          {data.newer.title}
        </PrefetchLink>
      ) : (
        <span />
      )}
      {data.older ? (
        <PrefetchLink to={routePaths.post(data.older.slug)} className="post-nav-older">
          <span className="post-nav-label">Older post</span>
          {data.older.title}
        </PrefetchLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
