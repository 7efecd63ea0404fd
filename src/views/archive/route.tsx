/** `/archive`: every post, grouped by year and month. */
import { useSuspenseQuery } from '@tanstack/react-query';
import { FormattedDate } from '../../components/formatted-date.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { PrefetchLink } from '../../navigation/prefetch-link.tsx';
import { archiveQuery } from '../../data/queries.ts';
import { useServices, type Services } from '../../data/services.ts';
import { yearMonth } from '../../lib/dates.ts';
import type { LoaderData } from '../../lib/head.ts';
import type { LoaderArgs } from '../../navigation/views.ts';
import { routePaths } from '../../navigation/routes.ts';
import type { ArchiveEntry } from '../../schema/manifest.ts';

export async function loader(_: LoaderArgs, s: Services): Promise<LoaderData> {
  const entries = await s.queryClient.ensureQueryData(archiveQuery(s));
  return {
    head: {
      title: 'Archive',
      description: `All ${entries.length} posts by year and month.`,
      path: routePaths.archive(),
      type: 'website',
      kind: 'list',
    },
  };
}

type Group<T> = { key: string; items: T[] };

/**
 * Groups entries (newest first) by a key of their date as written, newest key first.
 * Dates with different offsets can interleave as instants, so a month may not be one run.
 */
function groupBy<T>(items: T[], key: (item: T) => string, sortKey: (item: T) => string): Group<T>[] {
  const groups = new Map<string, Group<T> & { sort: string }>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k) ?? groups.set(k, { key: k, items: [], sort: sortKey(item) }).get(k)!;
    group.items.push(item);
  }
  return [...groups.values()].sort((a, b) => b.sort.localeCompare(a.sort));
}

export function Component() {
  const s = useServices();
  const { data } = useSuspenseQuery(archiveQuery(s));
  const years = groupBy<ArchiveEntry>(
    data,
    (e) => yearMonth(e.date).year,
    (e) => e.date.slice(0, 4),
  );
  return (
    <>
      <PageHeading>Archive</PageHeading>
      <p className="list-intro">
        {data.length} {data.length === 1 ? 'post' : 'posts'}
      </p>
      {years.map((year) => (
        <section key={year.key} className="archive-year" aria-labelledby={`year-${year.key}`}>
          <h2 id={`year-${year.key}`}>
            {year.key} <span className="count">{year.items.length}</span>
          </h2>
          {groupBy(
            year.items,
            (e) => yearMonth(e.date).month,
            (e) => e.date.slice(0, 7),
          ).map((month) => (
            <section key={month.key} className="archive-month">
              <h3>{month.key}</h3>
              <ul>
                {month.items.map((entry) => (
                  <li key={entry.slug}>
                    <FormattedDate value={entry.date} />
                    <PrefetchLink to={routePaths.post(entry.slug)} dir="auto">
                      {entry.title}
                    </PrefetchLink>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </>
  );
}
