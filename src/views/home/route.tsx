/** `/`, `/page/N` and `/?tag=…&series=…`: the bio, then posts newest first. */
import { useSuspenseQuery } from '@tanstack/react-query';
import { data } from 'react-router';
import { PageHeading } from '../../components/page-heading.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { PostList } from '../../components/post-list.tsx';
import { postListQuery, siteQuery, termsQuery, type ListFilters } from '../../data/queries.ts';
import { useServices, type Services } from '../../data/services.ts';
import type { LoaderData } from '../../lib/head.ts';
import type { LoaderArgs } from '../../navigation/views.ts';
import { routePaths } from '../../navigation/routes.ts';
import { usePage } from '../../navigation/page-stack/page-context.ts';
import { ContinueReading } from '../../components/series-progress/continue-reading.tsx';
import { FilterBar } from './filter-bar.tsx';

function filtersFrom(params: { page?: string }, search: string): ListFilters {
  const query = new URLSearchParams(search);
  const page = params.page === undefined ? 1 : /^[1-9]\d*$/.test(params.page) ? Number(params.page) : NaN;
  const tag = query.get('tag') || undefined;
  const series = query.get('series') || undefined;
  return { page, ...(tag && { tag }), ...(series && { series }) };
}

export async function loader({ params, request }: LoaderArgs, s: Services): Promise<LoaderData> {
  const filters = filtersFrom(params, new URL(request.url).search);
  if (Number.isNaN(filters.page)) throw data(null, { status: 404 });
  const [{ site }, list] = await Promise.all([
    s.queryClient.ensureQueryData(siteQuery(s)),
    s.queryClient.ensureQueryData(postListQuery(s, filters)),
    s.queryClient.ensureQueryData(termsQuery(s)),
  ]);
  if (filters.page > list.totalPages) throw data(null, { status: 404 });
  const filtered = Boolean(filters.tag || filters.series);
  return {
    head: {
      title: filtered ? 'Filtered posts' : filters.page > 1 ? `Posts, page ${filters.page}` : site.title,
      description: site.description,
      path: filtered ? '/' : routePaths.home(filters.page),
      type: 'website',
      kind: 'list',
      ...(filtered && { noindex: true }),
    },
  };
}

export function Component() {
  const s = useServices();
  const { params, search } = usePage();
  const filters = filtersFrom(params, search);
  const { data: index } = useSuspenseQuery(siteQuery(s));
  const { data: terms } = useSuspenseQuery(termsQuery(s));
  const { data: list } = useSuspenseQuery(postListQuery(s, filters));
  const filtered = Boolean(filters.tag || filters.series);
  return (
    <>
      {filters.page === 1 && !filtered ? (
        <section className="bio">
          <PageHeading>{index.site.title}</PageHeading>
          <p className="bio-text">{index.site.bio}</p>
          <ContinueReading />
        </section>
      ) : (
        <PageHeading className="visually-hidden-heading">
          {filtered ? 'Filtered posts' : `Posts, page ${filters.page}`}
        </PageHeading>
      )}
      <FilterBar terms={terms} tag={filters.tag} series={filters.series} count={list.totalPosts} />
      {list.posts.length ? (
        <PostList posts={list.posts} />
      ) : (
        <p className="empty">{filtered ? 'No posts match these filters.' : 'No posts yet.'}</p>
      )}
      <Pagination page={filters.page} totalPages={list.totalPages} href={(n) => routePaths.list(n, filters)} />
    </>
  );
}
