import { describe, expect, it } from 'vitest';
import type { PostData, PostPage } from '../schema/manifest.ts';
import type { SiteConfig } from '../schema/site.ts';
import { collectPosts } from './collect-posts.ts';
import { dataFiles } from './data-files.ts';
import { loadPost } from './load-post.ts';

const site = (postsPerPage: number): SiteConfig => ({
  title: 'T',
  description: 'D',
  author: 'Site Author',
  bio: 'B',
  links: [],
  baseUrl: 'https://example.com/',
  postsPerPage,
  language: 'en',
  feedContent: 'summary',
});

/** n posts tagged "go", one a day from 2024-01-01; post-1 is the oldest. */
function files(n: number, postsPerPage: number) {
  const loaded = Array.from({ length: n }, (_, i) => {
    const day = String(i + 1).padStart(2, '0');
    return loadPost(`public/posts/post-${i + 1}.md`, `---\ntitle: Post ${i + 1}\ndate: 2024-01-${day}\ntags: [go]\n---\nText.\n`)
      .post!;
  });
  return dataFiles(collectPosts(loaded, site(postsPerPage), { includeDrafts: false }).blog, site(postsPerPage));
}

const pageSlugs = (page: unknown) => (page as PostPage).posts.map((p) => p.slug);

describe('dataFiles: pagination', () => {
  it('fills exactly one page when there are postsPerPage posts', () => {
    const f = files(3, 3);
    expect(pageSlugs(f.get('pages/1.json'))).toEqual(['post-3', 'post-2', 'post-1']);
    expect(f.has('pages/2.json')).toBe(false);
    expect((f.get('pages/1.json') as PostPage).totalPages).toBe(1);
    expect(f.has('tags/go/2.json')).toBe(false);
  });

  it('starts a second page at postsPerPage + 1 posts', () => {
    const f = files(4, 3);
    expect(pageSlugs(f.get('pages/1.json'))).toEqual(['post-4', 'post-3', 'post-2']);
    expect(pageSlugs(f.get('pages/2.json'))).toEqual(['post-1']);
    expect(f.get('pages/2.json')).toMatchObject({ page: 2, totalPages: 2, totalPosts: 4 });
    expect(pageSlugs(f.get('tags/go/2.json'))).toEqual(['post-1']);
    expect(f.has('pages/3.json')).toBe(false);
  });

  it('pages hold every post exactly once, in order', () => {
    const f = files(11, 4);
    const all = [1, 2, 3].flatMap((n) => pageSlugs(f.get(`pages/${n}.json`)));
    expect(all).toEqual(Array.from({ length: 11 }, (_, i) => `post-${11 - i}`));
    expect(f.get('terms.json')).toMatchObject({ totalPosts: 11 });
  });

  it('keeps the build-only feedContent setting out of site.json (baseUrl stays: the app builds canonical links from it)', () => {
    const index = files(1, 10).get('site.json') as { site: Record<string, unknown> };
    expect(Object.keys(index.site).sort()).toEqual([
      'author',
      'baseUrl',
      'bio',
      'description',
      'language',
      'links',
      'postsPerPage',
      'title',
    ]);
  });
});

describe('dataFiles: related posts', () => {
  it("puts each post's related posts in its data file", () => {
    const f = files(3, 3);
    const related = (f.get('posts/post-2.json') as PostData).related;
    expect(related.map((p) => p.slug)).toEqual(['post-3', 'post-1']);
    expect(Object.keys(related[0]!).sort()).toEqual(['date', 'slug', 'title']);
  });
});
