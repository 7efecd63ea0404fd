/** Query options for every piece of data a view reads (loaders ensure, views read). */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { newestFirst } from '../lib/dates.ts';
import { dataPaths } from '../lib/paths.ts';
import type { ArchiveEntry, PostData, PostPage, SeriesData, SiteIndex } from '../schema/manifest.ts';
import { isNotFound } from './errors.ts';
import { queryClient } from './query-client.ts';
import { queryKeys } from './query-keys.ts';
import { dataSource } from './source.ts';

const json = <T>(path: string) => () => dataSource().json<T>(path);

export const siteQuery = () => queryOptions({ queryKey: queryKeys.site(), queryFn: json<SiteIndex>(dataPaths.site()) });

export interface ListFilters {
  page: number;
  tag?: string;
  series?: string;
}

const emptyPage = (page: number): PostPage => ({ page, totalPages: 1, totalPosts: 0, posts: [] });
const orEmpty = (page: number) => (error: unknown) => {
  if (isNotFound(error)) return emptyPage(page);
  throw error;
};

/** The home list, filtered by tag and/or series; filtered lists stay newest first. */
export const postListQuery = ({ page, tag = '', series = '' }: ListFilters) =>
  queryOptions({
    queryKey: queryKeys.postList(page, tag, series),
    queryFn: async (): Promise<PostPage> => {
      if (!series) {
        const path = tag ? dataPaths.tagPage(tag, page) : dataPaths.page(page);
        return dataSource().json<PostPage>(path).catch(orEmpty(page));
      }
      // No retries of their own: this query's retries already cover them.
      const data = await queryClient().ensureQueryData({ ...seriesQuery(series), retry: false }).catch(orEmpty(page));
      const matching = data.posts.filter((p) => !tag || p.tags.some((t) => t.slug === tag)).sort(newestFirst);
      const size = (await queryClient().ensureQueryData({ ...siteQuery(), retry: false })).site.postsPerPage;
      return {
        page,
        totalPages: Math.max(1, Math.ceil(matching.length / size)),
        totalPosts: matching.length,
        posts: matching.slice((page - 1) * size, page * size),
      };
    },
  });

/** One tag's posts, a page at a time ("Show more"). */
export const tagPostsQuery = (tag: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.tagPosts(tag),
    queryFn: ({ pageParam }) => dataSource().json<PostPage>(dataPaths.tagPage(tag, pageParam)),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page < last.totalPages ? last.page + 1 : undefined),
  });

export const seriesQuery = (slug: string) =>
  queryOptions({ queryKey: queryKeys.series(slug), queryFn: json<SeriesData>(dataPaths.series(slug)) });

export const postQuery = (slug: string) =>
  queryOptions({ queryKey: queryKeys.post(slug), queryFn: json<PostData>(dataPaths.post(slug)) });

export const archiveQuery = () =>
  queryOptions({ queryKey: queryKeys.archive(), queryFn: json<ArchiveEntry[]>(dataPaths.archive()) });
