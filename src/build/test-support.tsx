/** For tests of search: a blog's search index made by the build's own functions, served from memory. */
import { QueryClient } from '@tanstack/react-query';
import { collectPosts } from '../content/collect-posts.ts';
import { loadPost } from '../content/load-post.ts';
import { searchFiles } from '../content/search-index.ts';
import { NotFoundError } from '../data/errors.ts';
import type { DataSource } from '../data/source.ts';

/** The index of some posts, served from memory; counts the bytes read. */
export function memoryIndex(sources: { slug: string; source: string }[]) {
  const loaded = sources.map(({ slug, source }) => loadPost(`public/posts/${slug}.md`, source).post!);
  const { blog } = collectPosts(loaded, { author: 'A' }, { includeDrafts: false });
  const files = new Map(
    [...searchFiles(blog, new Map(loaded.map((p) => [p.slug, p]))).files].map(([k, v]) => [k, JSON.stringify(v)]),
  );
  const read: string[] = [];
  const source: DataSource = {
    json<T>(path: string) {
      const text = files.get(path);
      if (text === undefined) return Promise.reject(new NotFoundError(path));
      read.push(path);
      return Promise.resolve(JSON.parse(text) as T);
    },
    text: () => Promise.reject(new Error('not used')),
  };
  const services = { source, queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }) };
  return { services, read, bytes: () => read.reduce((n, p) => n + files.get(p)!.length, 0), files };
}
