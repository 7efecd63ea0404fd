/**
 * A post's Markdown, fetched and rendered to sanitized hast. Its own module so that
 * only the post route (and prefetching of posts) pulls in the Markdown renderer.
 */
import { queryOptions } from '@tanstack/react-query';
import { markdownPath } from '../lib/paths.ts';
import { markdownToHast } from '../markdown/markdown-to-hast.ts';
import { queryKeys } from './query-keys.ts';
import { dataSource } from './source.ts';

export const postBodyQuery = (slug: string) =>
  queryOptions({
    queryKey: queryKeys.postBody(slug),
    queryFn: async () =>
      markdownToHast(await dataSource().text(markdownPath(slug)), { base: import.meta.env.BASE_URL }),
  });
