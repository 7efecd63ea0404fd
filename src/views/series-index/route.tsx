/** `/series`: every series with its number of parts. */
import { useSuspenseQuery } from '@tanstack/react-query';
import { PageHeading } from '../../components/page-heading.tsx';
import { PrefetchLink } from '../../navigation/prefetch-link.tsx';
import { termsQuery } from '../../data/queries.ts';
import { useServices, type Services } from '../../data/services.ts';
import type { LoaderData } from '../../lib/head.ts';
import type { LoaderArgs } from '../../navigation/views.ts';
import { routePaths } from '../../navigation/routes.ts';

export async function loader(_: LoaderArgs, s: Services): Promise<LoaderData> {
  const { series } = await s.queryClient.ensureQueryData(termsQuery(s));
  return {
    head: {
      title: 'Series',
      description: `Posts that belong together: ${series.map((s) => s.name).join(', ')}.`,
      path: routePaths.seriesIndex(),
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
      <PageHeading>Series</PageHeading>
      {data.series.length ? (
        <ul className="series-list">
          {data.series.map((s) => (
            <li key={s.slug}>
              <PrefetchLink to={routePaths.series(s.slug)}>{s.name}</PrefetchLink>{' '}
              <span className="count">
                {s.count} {s.count === 1 ? 'part' : 'parts'}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">No series yet.</p>
      )}
    </>
  );
}
