/**
 * A post's Markdown, fetched and rendered to sanitized hast: in a Web Worker in the
 * browser, directly while prerendering. Its own module so that only the post route
 * (and prefetching of posts) pulls it in.
 */
import { queryOptions } from '@tanstack/react-query';
import { markdownPath } from '../lib/paths.ts';
import { FetchError, isNotFound } from './errors.ts';
import { queryKeys } from './query-keys.ts';
import { dataSource } from './source.ts';

const options = { base: import.meta.env.BASE_URL };

export const postBodyQuery = (slug: string) =>
  queryOptions({
    queryKey: queryKeys.postBody(slug),
    queryFn: async () => {
      const markdown = await dataSource()
        .text(markdownPath(slug))
        .catch((error: unknown) => {
          // The post is listed but its text is gone: most likely removed by a newer deploy.
          if (!isNotFound(error)) throw error;
          throw new FetchError(error.url, "This post's text is no longer on the server; it may have been removed or renamed.");
        });
      if (import.meta.env.SSR) return (await import('../markdown/markdown-to-hast.ts')).markdownToHast(markdown, options);
      return (await import('../markdown/render-in-worker.ts')).renderInWorker(markdown, options);
    },
  });
