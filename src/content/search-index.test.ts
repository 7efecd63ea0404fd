import { describe, expect, it } from 'vitest';
import type { SearchDoc, SearchMeta, SearchShard } from '../schema/manifest.ts';
import { term } from '../lib/search-terms.ts';
import { collectPosts } from './collect-posts.ts';
import { loadPost } from './load-post.ts';
import { searchFiles, shardLimit, shardTerms } from './search-index.ts';
import { searchTerms } from './search-text.ts';
import { parseMarkdown } from '../markdown/parse-markdown.ts';

const post = (slug: string, front: string, body: string) =>
  loadPost(`public/posts/${slug}.md`, `---\n${front}\n---\n\n${body}\n`).post!;

function index(posts: ReturnType<typeof post>[]) {
  const { blog } = collectPosts(posts, { author: 'A' }, { includeDrafts: false });
  return { blog, files: searchFiles(blog, new Map(posts.map((p) => [p.slug, p.search]))) };
}

describe('search text', () => {
  it('weighs a word of the title far above the same word in the body, and code lowest', () => {
    const tree = parseMarkdown(
      'Borg runs borg jobs.\n\n## Scheduling\n\n```go\nfunc borg() {}\n```\n\n```sh\nkubectl apply\n```\n',
    );
    const t = searchTerms(tree, { title: 'Omega', summary: '', tags: ['Clusters'], series: 'Paper every day' });
    expect(t[term('omega')]).toBe(100);
    expect(t[term('scheduling')]).toBe(40);
    expect(t[term('clusters')]).toBe(40);
    expect(t[term('paper')]).toBe(40);
    // Twice in the body, once in code: saturating, so less than two separate words.
    expect(t[term('borg')]).toBeGreaterThan(10);
    expect(t[term('borg')]).toBeLessThan(22 + 3);
    expect(t[term('kubectl')]).toBe(3);
  });

  it('is derived from the analysis: a loaded post carries its terms, accents folded', () => {
    const p = post('creme', 'title: Crème brûlée\ndate: 2024-01-01', 'A dessert.');
    expect(p.search[term('creme')]).toBe(100);
    expect(p.search[term('brulee')]).toBe(100);
    expect(p.search[term('dessert')]).toBeGreaterThan(0);
  });
});

describe('search index', () => {
  it('lists drafts nowhere: not in postings, docs or facets', () => {
    const { files } = index([
      post('live', 'title: Visible post\ndate: 2024-01-01\ntags: [go]', 'Zanzibar is here.'),
      post('hidden', 'title: Secret draft\ndate: 2024-01-02\ntags: [go]\ndraft: true', 'Zanzibar and quokka.'),
    ]);
    const text = JSON.stringify([...files.values()]);
    expect(text).not.toContain('hidden');
    expect(text).not.toContain('quokka');
    expect(text).not.toContain('Secret');
    expect((files.get('search/meta.json') as SearchMeta).docs).toBe(1);
    expect(files.get('search/tags/go.json')).toEqual([0]);
  });

  it('numbers posts newest first and stores postings as (gap, weight) pairs in the shard of the first two letters', () => {
    const { files } = index([
      post('a', 'title: Alpha\ndate: 2024-01-01', 'Zebra.'),
      post('b', 'title: Beta\ndate: 2024-01-03', 'Zebra.'),
      post('c', 'title: Gamma zebra\ndate: 2024-01-02', 'Nothing.'),
    ]);
    const shard = files.get('search/terms/ze.json') as SearchShard;
    // b (0) summary and body, c (1) title, a (2) summary and body.
    expect(shard.zebra).toEqual([0, 30, 1, 100, 1, 30]);
    const docs = files.get('search/docs/0.json') as SearchDoc[];
    expect(docs.map((d) => d.slug)).toEqual(['b', 'c', 'a']);
    expect(Object.keys((files.get('search/meta.json') as SearchMeta).shards)).toContain('ze');
  });

  it('splits a shard larger than the limit by more letters, keeping each under it where it can', () => {
    const postings = new Map<string, number[]>();
    for (let i = 0; i < 400; i++)
      postings.set(
        `co${String.fromCharCode(97 + (i % 26))}${i}`,
        Array.from({ length: 300 }, () => 1),
      );
    postings.set('co', [0, 5]);
    const shards = shardTerms(postings);
    expect(shards.get('co')).toEqual({ co: [0, 5] });
    expect(shards.has('coa')).toBe(true);
    for (const shard of shards.values()) expect(JSON.stringify(shard).length).toBeLessThanOrEqual(shardLimit);
    expect(new Set([...shards.values()].flatMap((s) => Object.keys(s))).size).toBe(401);
  });
});
