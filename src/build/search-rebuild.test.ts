/**
 * What a one-post rebuild of a generated blog does to the search index: which files change
 * (what the build writes anew; the rest are hard-linked from the last output) and how long
 * the index takes, cold and again. `SEARCH_POSTS=10000` measures the 10,000-post blog; the
 * posts are parsed once, outside the timings (the build's analysis caches them).
 */
import { describe, expect, it } from 'vitest';
import { generatePostSources } from '../../bench/generate-posts.ts';
import { collectPosts } from '../content/collect-posts.ts';
import { loadPost, type LoadedPost } from '../content/load-post.ts';
import { searchFiles, type SearchIds } from '../content/search-index.ts';
import { searchTermWeights } from '../content/search-text.ts';
import { shardOf } from '../lib/search-terms.ts';
import type { SearchMeta } from '../schema/manifest.ts';

const count = Number(process.env.SEARCH_POSTS ?? 300);

function index(posts: LoadedPost[], previous: SearchIds) {
  const started = performance.now();
  const { blog } = collectPosts(posts, { author: 'A' }, { includeDrafts: false });
  const made = searchFiles(blog, new Map(posts.map((p) => [p.slug, p])), previous);
  return {
    ...made,
    seconds: (performance.now() - started) / 1000,
    texts: new Map([...made.files].map(([k, v]) => [k, JSON.stringify(v)])),
  };
}

const changed = (before: Map<string, string>, after: Map<string, string>) =>
  [...after].filter(([k, v]) => before.get(k) !== v).length;

describe(`search index rebuild of a generated blog of ${count} posts`, () => {
  it('rewrites only the files one edited, added or removed post touches', { timeout: 900_000 }, () => {
    const sources = [...generatePostSources(count, 7)];
    const load = (slug: string, source: string) => loadPost(`public/posts/${slug}.md`, source).post!;
    const posts = sources.map((p) => load(p.slug, p.source));
    const cold = index(posts, {});
    const shards = [...cold.files.keys()].filter((k) => k.startsWith('search/terms/')).length;
    const middle = sources.findIndex((p, i) => i >= count / 2 && !p.draft);
    const { slug, source } = sources[middle]!;
    const edited = posts.map((p) =>
      p.slug === slug ? load(slug, `${source}\nThis sentence was appended to time a one-post rebuild.\n`) : p,
    );
    const lines = [`${count} posts: cold index ${cold.seconds.toFixed(1)} s, ${cold.files.size} files (${shards} shards)`];
    let before = cold;
    for (const [what, next] of [
      ['one post edited', edited],
      ['one post added, newest', [...edited, load('zz-newest', '---\ntitle: Newest\ndate: 2024-01-01\n---\n\nQuokka news.\n')]],
      ['one post removed', edited.filter((p) => p.slug !== sources.find((s) => !s.draft)!.slug)],
    ] as const) {
      const again = index([...next], before.ids);
      const rewritten = changed(before.texts, again.texts);
      const renumbered = changed(before.texts, index([...next], {}).texts);
      console.log(`${lines[0]}; ${what}: ${again.seconds.toFixed(1)} s, ${rewritten} rewritten (${renumbered} numbered afresh)`);
      lines.push(
        `${what}: ${again.seconds.toFixed(1)} s, ${rewritten} files rewritten with kept ids (${renumbered} numbered afresh)`,
      );
      // At most: the shards of the changed post's terms (before and after), its text and doc chunk, its tags and series, the meta file.
      const changedPosts = [...posts, ...next].filter((p) => p.slug === slug || p.slug in before.ids !== p.slug in again.ids);
      const keys = new Set(Object.keys((again.files.get('search/meta.json') as SearchMeta).shards));
      const touched =
        new Set(changedPosts.flatMap((p) => [...searchTermWeights(p.search).keys()].map((t) => shardOf(t, keys)))).size +
        changedPosts.reduce((n, p) => n + 2 + (p.frontMatter.tags?.length ?? 0) + (p.frontMatter.series ? 1 : 0), 1);
      expect(rewritten, what).toBeLessThanOrEqual(touched);
      expect(again.seconds, what).toBeLessThan(10);
      before = what === 'one post edited' ? again : before;
    }
    expect(cold.seconds).toBeLessThan(120);
    console.log(lines.join('\n'));
  });
});
