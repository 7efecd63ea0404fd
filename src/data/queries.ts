/**
 * Query options for every piece of data a view reads (loaders ensure, views read),
 * each made from the services it fetches with.
 */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { newestFirst } from '../lib/dates.ts';
import { dataPaths, markdownPath, postDir } from '../lib/paths.ts';
import type { ArchiveEntry, PostData, PostPage, SeriesData, SiteIndex, TermsIndex } from '../schema/manifest.ts';
import { FetchError, isNotFound } from './errors.ts';
import { queryKeys } from './query-keys.ts';
import { retryFailedFetch } from './query-client.ts';
import type { Services } from './services.ts';

type Source = Pick<Services, 'source'>;
const json =
  <T>({ source }: Source, path: string) =>
  () =>
    source.json<T>(path);

export const siteQuery = (s: Source) =>
  queryOptions({ queryKey: queryKeys.site(), queryFn: json<SiteIndex>(s, dataPaths.site()) });

export const termsQuery = (s: Source) =>
  queryOptions({ queryKey: queryKeys.terms(), queryFn: json<TermsIndex>(s, dataPaths.terms()) });

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
export const postListQuery = (s: Pick<Services, 'source' | 'queryClient'>, { page, tag = '', series = '' }: ListFilters) =>
  queryOptions({
    queryKey: queryKeys.postList(page, tag, series),
    queryFn: async (): Promise<PostPage> => {
      if (!series) {
        const path = tag ? dataPaths.tagPage(tag, page) : dataPaths.page(page);
        return s.source.json<PostPage>(path).catch(orEmpty(page));
      }
      // No retries of their own: this query's retries already cover them.
      const data = await s.queryClient.ensureQueryData({ ...seriesQuery(s, series), retry: false }).catch(orEmpty(page));
      const { site } = await s.queryClient.ensureQueryData({ ...siteQuery(s), retry: false });
      const matching = data.posts.filter((p) => !tag || p.tags.some((t) => t.slug === tag)).sort(newestFirst(site.timeZone));
      const size = site.postsPerPage;
      return {
        page,
        totalPages: Math.max(1, Math.ceil(matching.length / size)),
        totalPosts: matching.length,
        posts: matching.slice((page - 1) * size, page * size),
      };
    },
  });

/** One tag's posts, a page at a time ("Show more"). */
export const tagPostsQuery = (s: Source, tag: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.tagPosts(tag),
    queryFn: ({ pageParam }) => s.source.json<PostPage>(dataPaths.tagPage(tag, pageParam)),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page < last.totalPages ? last.page + 1 : undefined),
  });

/** One author's posts, a page at a time ("Show more"). */
export const authorPostsQuery = (s: Source, author: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.authorPosts(author),
    queryFn: ({ pageParam }) => s.source.json<PostPage>(dataPaths.authorPage(author, pageParam)),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page < last.totalPages ? last.page + 1 : undefined),
  });

export const seriesQuery = (s: Source, slug: string) =>
  queryOptions({ queryKey: queryKeys.series(slug), queryFn: json<SeriesData>(s, dataPaths.series(slug)) });

export const postQuery = (s: Source, slug: string) =>
  queryOptions({ queryKey: queryKeys.post(slug), queryFn: json<PostData>(s, dataPaths.post(slug)) });

/** The body waits for the post's data; when that fails, the body does not try it again on its own. */
class PostDataUnavailable extends Error {
  constructor(cause: unknown) {
    super("The post's data could not be fetched.", { cause });
  }
}

/** A post's Markdown, fetched and rendered to its text's HTML; its data (fetched alongside) says where its relative links start. */
export const postBodyQuery = (s: Pick<Services, 'source' | 'renderMarkdown' | 'queryClient'>, slug: string) =>
  queryOptions({
    queryKey: queryKeys.postBody(slug),
    queryFn: () => {
      // The data's failure is the post query's to report and to retry (the loader looks at it first).
      const about = s.queryClient.ensureQueryData(postQuery(s, slug)).then(
        ({ post, images }) => ({ dir: postDir(post), title: post.title, ...(images && { images }) }),
        (error: unknown) => {
          throw new PostDataUnavailable(error);
        },
      );
      return s
        .renderMarkdown({ path: markdownPath(slug), about }, (highlighted) =>
          s.queryClient.setQueryData(queryKeys.postBody(slug), highlighted),
        )
        .catch((error: unknown) => {
          // The post is listed but its text is gone: most likely removed by a newer deploy.
          if (!isNotFound(error)) throw error;
          throw new FetchError(error.url, "This post's text is no longer on the server; it may have been removed or renamed.");
        });
    },
    retry: (failures, error) => !(error instanceof PostDataUnavailable) && retryFailedFetch(failures, error),
  });

export const archiveQuery = (s: Source) =>
  queryOptions({ queryKey: queryKeys.archive(), queryFn: json<ArchiveEntry[]>(s, dataPaths.archive()) });
