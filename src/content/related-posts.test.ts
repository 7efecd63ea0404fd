import { describe, expect, it } from 'vitest';
import type { PostSummary } from '../schema/post.ts';
import { relatedPosts, terms } from './related-posts.ts';

function post(slug: string, tags: string[], extra: Partial<PostSummary> = {}): PostSummary {
  return {
    slug,
    title: slug.replace(/-/g, ' '),
    date: '2024-01-01',
    summary: '',
    authors: [{ name: 'A', slug: 'a' }],
    tags: tags.map((t) => ({ name: t, slug: t })),
    words: 100,
    readingMinutes: 1,
    ...extra,
  };
}

const inSeries = (part: number): Partial<PostSummary> => ({ series: { name: 'S', slug: 's', part, total: 3 } });
const slugs = (list: PostSummary[] | undefined) => list?.map((p) => p.slug);

describe('relatedPosts', () => {
  it('lists only posts sharing a tag or the series, never the post itself', () => {
    const blog = [
      post('a', ['go']),
      post('b', ['go', 'k8s']),
      post('c', ['rust']),
      post('d', [], inSeries(1)),
      post('e', ['k8s'], inSeries(2)),
    ];
    const related = relatedPosts(blog);
    expect(slugs(related.get('a'))).toEqual(['b']);
    expect(slugs(related.get('c'))).toEqual([]);
    expect(slugs(related.get('d'))).toEqual(['e']);
    expect(slugs(related.get('b'))?.sort()).toEqual(['a', 'e']);
  });

  it('weighs a rare shared tag above a common one', () => {
    // "common" is on every post, "rare" on two.
    const blog = [post('p', ['common', 'rare']), post('q', ['common']), post('r', ['common', 'rare']), post('s', ['common'])];
    expect(slugs(relatedPosts(blog).get('p'))).toEqual(['r', 'q', 's']);
  });

  it('counts the series like a tag of its own', () => {
    const blog = [post('one', ['x'], inSeries(1)), post('other', ['x']), post('two', ['x'], inSeries(2))];
    expect(slugs(relatedPosts(blog).get('one'))).toEqual(['two', 'other']);
  });

  it('keeps at most five, breaking ties by shared title and summary words, then the newer post', () => {
    const blog = Array.from({ length: 8 }, (_, i) => post(`post-${i}`, ['go'], { title: `Post ${i}` }));
    blog.push(post('go-channels', ['go'], { title: 'Channels in depth', summary: 'All about channels' }));
    blog.unshift(post('channels-again', ['go'], { title: 'Channels again' }));
    const related = relatedPosts(blog);
    expect(slugs(related.get('channels-again'))).toEqual(['go-channels', 'post-0', 'post-1', 'post-2', 'post-3']);
    expect(related.get('post-0')).toHaveLength(5);
  });

  it('leaves drafts out, both as posts and as candidates', () => {
    const blog = [post('a', ['go']), post('draft', ['go'], { draft: true }), post('b', ['go'])];
    const related = relatedPosts(blog);
    expect(slugs(related.get('a'))).toEqual(['b']);
    expect(related.has('draft')).toBe(false);
  });

  it('handles ten thousand posts in well under the build budget', () => {
    const blog = Array.from({ length: 10_000 }, (_, i) =>
      post(`p${i}`, [`t${i % 50}`, `u${i % 7}`, 'everywhere'], { title: `Post number ${i}` }),
    );
    const started = performance.now();
    const related = relatedPosts(blog);
    expect(related.get('p0')).toHaveLength(5);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 30_000);
});

describe('terms', () => {
  it('keeps words of three letters or more without stop words', () => {
    expect([...terms('The Go scheduler, and GOROUTINES')]).toEqual(['scheduler', 'goroutines']);
  });
});
