import { describe, expect, it } from 'vitest';
import type { PostSummary } from '../schema/post.ts';
import { FetchError, NotFoundError } from './errors.ts';
import { postBodyQuery, postListQuery } from './queries.ts';
import { createQueryClient } from './query-client.ts';
import type { Services } from './services.ts';
import type { BodyHtml } from '../markdown/body-html.ts';
import type { DataSource } from './source.ts';

const post = (slug: string, date: string, tags: string[] = []): PostSummary => ({
  slug,
  title: slug,
  date,
  summary: '',
  authors: [{ name: 'A', slug: 'a' }],
  tags: tags.map((t) => ({ name: t, slug: t })),
  words: 1,
  readingMinutes: 1,
});

/** Services over data files in memory: `files` by path, Markdown by path. */
function services(files: Record<string, unknown>, markdown: Record<string, string> = {}): Services {
  const source: DataSource = {
    json: <T>(path: string) => (path in files ? Promise.resolve(files[path] as T) : Promise.reject(new NotFoundError(path))),
    text: (path) => (path in markdown ? Promise.resolve(markdown[path]!) : Promise.reject(new NotFoundError(path))),
  };
  return {
    queryClient: createQueryClient(),
    source,
    base: '/',
    // As the build's: the text from the source, once the post's data is in.
    renderMarkdown: async ({ path, about }) => ({ first: (await Promise.all([source.text(path), about]))[0], rest: '', toc: [] }),
  };
}

const site = { site: { postsPerPage: 2 }, totalPosts: 0, tags: [], series: [] };

describe('postListQuery', () => {
  it('reads the home page and tag pages the build wrote', async () => {
    const page = { page: 1, totalPages: 1, totalPosts: 1, posts: [post('a', '2024-01-01')] };
    const s = services({ 'pages/1.json': page, 'tags/go/1.json': { ...page, posts: [] } });
    expect(await s.queryClient.fetchQuery(postListQuery(s, { page: 1 }))).toEqual(page);
    expect((await s.queryClient.fetchQuery(postListQuery(s, { page: 1, tag: 'go' }))).posts).toEqual([]);
  });

  it('a filter nothing matches (no such tag file) is an empty list, not an error', async () => {
    const s = services({ 'site.json': site });
    expect(await s.queryClient.fetchQuery(postListQuery(s, { page: 1, tag: 'nope' }))).toEqual({
      page: 1,
      totalPages: 1,
      totalPosts: 0,
      posts: [],
    });
  });

  it('filters a series by tag, newest first, a page at a time', async () => {
    const parts = [
      post('p1', '2024-01-01', ['go']),
      post('p2', '2024-02-01'),
      post('p3', '2024-03-01', ['go']),
      post('p4', '2024-04-01', ['go']),
    ];
    const s = services({ 'site.json': site, 'series/s.json': { name: 'S', slug: 's', posts: parts } });
    const first = await s.queryClient.fetchQuery(postListQuery(s, { page: 1, series: 's', tag: 'go' }));
    expect(first.posts.map((p) => p.slug)).toEqual(['p4', 'p3']);
    expect(first).toMatchObject({ totalPosts: 3, totalPages: 2 });
    const second = await s.queryClient.fetchQuery(postListQuery(s, { page: 2, series: 's', tag: 'go' }));
    expect(second.posts.map((p) => p.slug)).toEqual(['p1']);
  });
});

describe('postBodyQuery', () => {
  it('renders the post’s Markdown with the services’ renderer', async () => {
    const s = services({ 'posts/a.json': { post: post('a', '2024-01-01') } }, { 'posts/a.md': '# A' });
    expect(await s.queryClient.fetchQuery(postBodyQuery(s, 'a'))).toEqual({ first: '# A', rest: '', toc: [] });
  });

  it('renders a folder post from its own folder', async () => {
    const dirs: string[] = [];
    const s = services({ 'posts/b.json': { post: { ...post('b', '2024-01-01'), folder: true } } }, { 'posts/b.md': 'B' });
    s.renderMarkdown = async ({ about }) => {
      dirs.push((await about).dir);
      return { first: '', rest: '', toc: [] };
    };
    await s.queryClient.fetchQuery(postBodyQuery(s, 'b'));
    expect(dirs).toEqual(['b/']);
  });

  it('takes the text again when the renderer says its code is highlighted', async () => {
    const s = services({ 'posts/b.json': { post: post('b', '2024-01-01') } }, { 'posts/b.md': 'B' });
    let highlight: ((body: BodyHtml) => void) | undefined;
    s.renderMarkdown = async ({ about }, highlighted) => {
      await about;
      highlight = highlighted;
      return { first: 'plain', rest: '', toc: [] };
    };
    expect((await s.queryClient.fetchQuery(postBodyQuery(s, 'b'))).first).toBe('plain');
    highlight?.({ first: 'coloured', rest: '', toc: [] });
    expect(s.queryClient.getQueryData(postBodyQuery(s, 'b').queryKey)?.first).toBe('coloured');
  });

  it('a listed post whose text is gone says so (not a bare 404)', async () => {
    const s = services({});
    const error = await s.queryClient.fetchQuery({ ...postBodyQuery(s, 'gone'), retry: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as Error).message).toMatch(/no longer on the server/);
  });
});
