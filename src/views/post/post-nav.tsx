import type { PostData, PostLink } from '../../schema/manifest.ts';
import { routePaths } from '../../navigation/routes.ts';
import { PrefetchLink } from '../../navigation/prefetch-link.tsx';

function Neighbour({ post, label, className }: { post: PostLink | undefined; label: string; className: string }) {
  if (!post) return <span />;
  return (
    <PrefetchLink to={routePaths.post(post.slug)} className={className}>
      <span className="post-nav-label">{label}</span>
      {post.title}
    </PrefetchLink>
  );
}

/** Older and newer posts in the whole blog: older on the left, as earlier parts are in the series box. */
export function PostNav({ data }: { data: PostData }) {
  if (!data.newer && !data.older) return null;
  return (
    <nav className="post-nav" aria-label="More posts">
      <Neighbour post={data.older} label="← Older post" className="post-nav-older" />
      <Neighbour post={data.newer} label="Newer post →" className="post-nav-newer" />
    </nav>
  );
}
