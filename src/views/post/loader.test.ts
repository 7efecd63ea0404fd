import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../data/query-client.ts';
import type { Services } from '../../data/services.ts';
import type { PostData } from '../../schema/manifest.ts';
import { loader } from './route.tsx';

const data: PostData = {
  post: {
    slug: 'a',
    title: 'A',
    date: '2024-01-01T00:00:00Z',
    summary: 'About A.',
    authors: [{ name: 'Ann', slug: 'ann' }],
    tags: [],
    words: 2,
    readingMinutes: 1,
  },
  related: [],
};

/** Services that note each request as it is made, and answer at once. */
function recording(requests: string[]): Services {
  return {
    queryClient: createQueryClient(),
    source: {
      json: <T>(path: string) => (requests.push(`data ${path}`), Promise.resolve(data as T)),
      text: (path) => (requests.push(`text ${path}`), Promise.resolve('# A\n\nText.')),
    },
    base: '/',
    renderMarkdown: async ({ path, about }) => {
      requests.push(`text ${path}`);
      const { title } = await about;
      return { first: `<p>${title}</p>`, rest: '', toc: [] };
    },
  };
}

describe('the post loader', () => {
  it('asks for the text before the data: the text’s request is a message to a worker, the data’s fetch holds the main thread', async () => {
    const requests: string[] = [];
    const loaded = await loader({ params: { slug: 'a' }, request: new Request('http://blog.test/posts/a') }, recording(requests));
    expect(requests).toEqual(['text posts/a.md', 'data posts/a.json']);
    expect(loaded.head.title).toBe('A');
  });
});
