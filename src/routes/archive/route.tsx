/** `/archive`: every post, grouped by year and month. */
import { useSuspenseQuery } from '@tanstack/react-query';
import { FormattedDate } from '../../components/formatted-date.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { PrefetchLink } from '../../components/prefetch-link.tsx';
import { archiveQuery } from '../../data/queries.ts';
import { queryClient } from '../../data/query-client.ts';
import { yearMonth } from '../../lib/dates.ts';
import type { LoaderData } from '../../lib/head.ts';
import { routePaths } from '../../lib/paths.ts';
import type { ArchiveEntry } from '../../schema/manifest.ts';

export async function loader(): Promise<LoaderData> {
  const entries = await queryClient().ensureQueryData(archiveQuery());
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
function groupBy<T>(items: T[], key: (item: T) => string): Group<T>[] {
  const groups: Group<T>[] = [];
  for (const item of items) {
    const k = key(item);
    const last = groups.at(-1);
    if (last?.key === k) last.items.push(item);
    else groups.push({ key: k, items: [item] });
  }
  return groups;
}

export function Component() {
  const { data } = useSuspenseQuery(archiveQuery());
  const years = groupBy<ArchiveEntry>(data, (e) => yearMonth(e.date).year);
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
          {groupBy(year.items, (e) => yearMonth(e.date).month).map((month) => (
            <section key={month.key} className="archive-month">
              <h3>{month.key}</h3>
              <ul>
                {month.items.map((entry) => (
                  <li key={entry.slug}>
                    <FormattedDate value={entry.date} />
                    <PrefetchLink to={routePaths.post(entry.slug)}>{entry.title}</PrefetchLink>
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
