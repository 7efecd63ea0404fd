/** `/tags`: every tag with its number of posts. */
import { useSuspenseQuery } from '@tanstack/react-query';
import { PageHeading } from '../../components/page-heading.tsx';
import { PrefetchLink } from '../../navigation/prefetch-link.tsx';
import { termsQuery } from '../../data/queries.ts';
import { useServices, type Services } from '../../data/services.ts';
import type { LoaderData } from '../../lib/head.ts';
import type { LoaderArgs } from '../../navigation/views.ts';
import { routePaths } from '../../navigation/routes.ts';

export async function loader(_: LoaderArgs, s: Services): Promise<LoaderData> {
  const { tags } = await s.queryClient.ensureQueryData(termsQuery(s));
  return {
    head: {
      title: 'Tags',
      description: `All ${tags.length} tags: ${tags
        .slice(0, 8)
        .map((t) => t.name)
        .join(', ')}${tags.length > 8 ? '…' : ''}`,
      path: routePaths.tags(),
      type: 'website',
      kind: 'list',
    },
  };
}

export function Component() {
  const s = useServices();
  const { data } = useSuspenseQuery(termsQuery(s));
  return (
    <>
      <PageHeading>Tags</PageHeading>
      <ul className="tag-cloud">
        {data.tags.map((tag) => (
          <li key={tag.slug}>
            <PrefetchLink to={routePaths.tag(tag.slug)} className="chip">
              #{tag.name} <span className="count">{tag.count}</span>
            </PrefetchLink>
          </li>
        ))}
      </ul>
    </>
  );
}
