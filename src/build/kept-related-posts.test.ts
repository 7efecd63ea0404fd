import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { relatedPosts } from '../content/related-posts.ts';
import type { PostSummary } from '../schema/post.ts';
import { keptRelatedPosts } from './kept-related-posts.ts';

const post = (slug: string, tags: string[], title = slug): PostSummary => ({
  slug,
  title,
  date: '2024-01-01',
  summary: '',
  authors: [],
  tags: tags.map((t) => ({ name: t, slug: t })),
  words: 1,
  readingMinutes: 1,
});
const slugs = (m: Map<string, PostSummary[]>) => Object.fromEntries([...m].map(([k, v]) => [k, v.map((p) => p.slug)]));

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('keptRelatedPosts', () => {
  it('answers as relatedPosts does, from the kept file while the posts are the same, and chooses again when a tag changes', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'quire-related-'));
    const file = path.join(dir, 'cache', 'related.json');
    const blog = [post('a', ['go']), post('b', ['go', 'k8s']), post('c', ['k8s']), post('d', ['rust'])];
    expect(slugs(keptRelatedPosts(file)(blog))).toEqual(slugs(relatedPosts(blog)));

    // A kept answer is used as long as the inputs match: make it recognisably different.
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { key: string; related: Record<string, string[]> };
    writeFileSync(file, JSON.stringify({ ...kept, related: { ...kept.related, d: ['a'] } }));
    const again = keptRelatedPosts(file)(blog);
    expect(again.get('d')).toEqual([blog[0]]);

    const retagged = blog.map((p) => (p.slug === 'd' ? post('d', ['go']) : p));
    expect(slugs(keptRelatedPosts(file)(retagged))).toEqual(slugs(relatedPosts(retagged)));
    expect(slugs(keptRelatedPosts(file)(retagged)).d).toEqual(['a', 'b']);
  });
});
