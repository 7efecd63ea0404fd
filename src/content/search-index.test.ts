import { describe, expect, it } from 'vitest';
import type { SearchDocs, SearchMeta, SearchShard } from '../schema/manifest.ts';
import { term } from '../lib/search-terms.ts';
import { collectPosts } from './collect-posts.ts';
import { loadPost } from './load-post.ts';
import { assignIds, searchFiles, shardLimit, shardTerms } from './search-index.ts';
import { searchTerms, searchTermWeights } from './search-text.ts';
import { parseMarkdown } from '../markdown/parse-markdown.ts';

const post = (slug: string, front: string, body: string) =>
  loadPost(`public/posts/${slug}.md`, `---\n${front}\n---\n\n${body}\n`).post!;

function index(posts: ReturnType<typeof post>[], previous = {}) {
  const { blog } = collectPosts(posts, { author: 'A' }, { includeDrafts: false });
  return { blog, ...searchFiles(blog, new Map(posts.map((p) => [p.slug, p])), previous) };
}

/** The files whose content differs between two indexes (what a build writes anew). */
const changed = (before: Map<string, unknown>, after: Map<string, unknown>) =>
  [...after].filter(([name, value]) => JSON.stringify(before.get(name)) !== JSON.stringify(value)).map(([name]) => name);

describe('search text', () => {
  it('weighs a word of the title far above the same word in the body, and code lowest', () => {
    const tree = parseMarkdown(
      'Borg runs borg jobs.\n\n## Scheduling\n\n```go\nfunc borg() {}\n```\n\n```sh\nkubectl apply\n```\n',
    );
    const t = searchTermWeights(
      searchTerms(tree, { title: 'Omega', summary: '', tags: ['Clusters'], series: 'Paper every day' }),
    );
    expect(t.get(term('omega'))).toBe(100);
    expect(t.get(term('scheduling'))).toBe(40);
    expect(t.get(term('clusters'))).toBe(40);
    expect(t.get(term('paper'))).toBe(40);
    // Twice in the body, once in code: saturating, so less than two separate words.
    expect(t.get(term('borg'))).toBeGreaterThan(10);
    expect(t.get(term('borg'))).toBeLessThan(22 + 3);
    expect(t.get(term('kubectl'))).toBe(3);
  });

  it('is derived from the analysis: a loaded post carries its terms, accents folded', () => {
    const p = post('creme', 'title: Crème brûlée\ndate: 2024-01-01', 'A dessert.');
    const t = searchTermWeights(p.search);
    expect(t.get(term('creme'))).toBe(100);
    expect(t.get(term('brulee'))).toBe(100);
    expect(t.get(term('dessert'))).toBeGreaterThan(0);
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

  it('numbers posts oldest first and stores postings as (gap, weight) pairs in the shard of the first two letters', () => {
    const { files } = index([
      post('a', 'title: Alpha\ndate: 2024-01-01', 'Zebra.'),
      post('b', 'title: Beta\ndate: 2024-01-03', 'Zebra.'),
      post('c', 'title: Gamma zebra\ndate: 2024-01-02', 'Nothing.'),
    ]);
    const shard = files.get('search/terms/ze.json') as SearchShard;
    // a (0) summary and body, c (1) title, b (2) summary and body.
    expect(shard.zebra).toEqual([0, 30, 1, 100, 1, 30]);
    const docs = files.get('search/docs/0.json') as SearchDocs;
    expect(docs.map((d) => d?.slug)).toEqual(['a', 'c', 'b']);
    expect(files.get('search/text/2.json')).toEqual(['Zebra.']);
    expect(Object.keys((files.get('search/meta.json') as SearchMeta).shards)).toContain('ze');
  });

  it('keeps each post its id from one build to the next: a new post takes the next id, a removed one leaves a gap', () => {
    expect(assignIds(['a', 'b', 'c'], {})).toEqual({ a: 0, b: 1, c: 2 });
    expect(assignIds(['a', 'new', 'b', 'c'], { a: 0, b: 1, c: 2 })).toEqual({ a: 0, b: 1, c: 2, new: 3 });
    expect(assignIds(['a', 'c', 'd', 'e'], { a: 0, b: 1, c: 2, d: 3, e: 4 })).toEqual({ a: 0, c: 2, d: 3, e: 4 });
    // A cache that is not a map of unique ids is ignored where it is wrong.
    expect(assignIds(['a', 'b'], { a: 0, b: 0 })).toEqual({ a: 0, b: 1 });
    expect(assignIds(['a', 'b'], { a: -1, b: 1.5 })).toEqual({ a: 0, b: 1 });
  });

  it('numbers afresh when removed posts have left over a quarter of the ids unused', () => {
    const slugs = Array.from({ length: 200 }, (_, i) => `p${i}`);
    const previous = Object.fromEntries(slugs.map((s, i) => [s, i]));
    expect(assignIds(slugs.slice(0, 150), previous)).toEqual(Object.fromEntries(slugs.slice(0, 150).map((s, i) => [s, i])));
    const survivors = slugs.filter((_, i) => i % 2 === 0);
    expect(assignIds(survivors, previous)).toEqual(Object.fromEntries(survivors.map((s, i) => [s, i])));
  });

  it('rewrites only the files a post touches when one post is edited, added or removed', () => {
    const posts = Array.from({ length: 60 }, (_, i) =>
      post(
        `p${i}`,
        `title: Post ${i}\ndate: 2024-01-${String((i % 28) + 1).padStart(2, '0')}\ntags: [t${i % 3}]`,
        `Words alpha${i} beta.`,
      ),
    );
    const first = index(posts);
    const edited = posts.map((p) =>
      p.slug === 'p7' ? post('p7', 'title: Post 7\ndate: 2024-01-08\ntags: [t1]', 'Words gamma beta.') : p,
    );
    const second = index(edited, first.ids);
    expect(second.ids).toEqual(first.ids);
    const id = first.ids.p7!;
    // Its doc chunk too: the summary is the body's first words.
    expect(changed(first.files, second.files).sort()).toEqual(
      [
        `search/docs/${Math.floor(id / 25)}.json`,
        'search/meta.json',
        'search/terms/al.json',
        'search/terms/ga.json',
        `search/text/${id}.json`,
      ].sort(),
    );
    const added = index([...edited, post('zz', 'title: Newest\ndate: 2025-01-01', 'Quokka.')], second.ids);
    expect(added.ids.zz).toBe(60);
    expect(changed(second.files, added.files).sort()).toEqual(
      ['search/docs/2.json', 'search/meta.json', 'search/terms/ne.json', 'search/terms/qu.json', 'search/text/60.json'].sort(),
    );
    const removed = index(
      edited.filter((p) => p.slug !== 'p7'),
      second.ids,
    );
    expect(removed.files.has(`search/text/${id}.json`)).toBe(false);
    expect((removed.files.get(`search/docs/${Math.floor(id / 25)}.json`) as SearchDocs)[id % 25]).toBeNull();
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
    expect(shards.get('co')?.shard).toEqual({ co: [0, 5] });
    expect(shards.has('coa')).toBe(true);
    for (const { shard } of shards.values()) expect(JSON.stringify(shard).length).toBeLessThanOrEqual(shardLimit);
    expect(new Set([...shards.values()].flatMap((s) => Object.keys(s.shard))).size).toBe(401);
  });

  it("gives each shard's length in JSON as written, whatever its terms and numbers", () => {
    const postings = new Map<string, number[]>([
      ['2024', [0, 12, 345]],
      ['crème', [7]],
      ['quote"d', [1, 10, 100, 1000, 123456789012]],
      ['a\\b', []],
      ['élan', [3, 40]],
    ]);
    for (const { shard, length } of shardTerms(postings).values()) expect(length).toBe(JSON.stringify(shard).length);
  });
});
