import type { TagRef } from '../schema/post.ts';
import { routePaths } from '../navigation/routes.ts';
import { PrefetchLink } from '../navigation/prefetch-link.tsx';

export function TagChips({ tags }: { tags: TagRef[] }) {
  if (!tags.length) return null;
  return (
    <ul className="tag-chips" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <PrefetchLink to={routePaths.tag(tag.slug)} className="chip">
            #{tag.name}
          </PrefetchLink>
        </li>
      ))}
    </ul>
  );
}
