/**
 * What a query reads on a generated blog: the shards of its words and the doc table of the
 * results shown, never the whole index. `SEARCH_POSTS=10000` measures a larger blog.
 */
import { describe, expect, it } from 'vitest';
import { generatePostSources } from '../../bench/generate-posts.ts';
import { search } from '../data/search.ts';
import { memoryIndex } from './test-support.tsx';

const count = Number(process.env.SEARCH_POSTS ?? 2000);

describe(`search on a generated blog of ${count} posts`, () => {
  it('reads less than 1 MB for any query, rare or common, typed or complete', { timeout: 600_000 }, async () => {
    const sources = [...generatePostSources(count, 7)].filter((p) => !p.draft).map(({ slug, source }) => ({ slug, source }));
    const started = performance.now();
    const index = memoryIndex(sources);
    const built = performance.now() - started;
    const total = [...index.files.values()].reduce((n, text) => n + text.length, 0);
    const measured: string[] = [];
    // Common words of the generator's vocabulary, prefixes as typed, a rare word, a phrase of several.
    for (const q of [
      'k',
      'ku',
      'kub',
      'kubernetes',
      'system',
      'data design',
      'the latency of consensus',
      '"the latency of consensus"',
      'co',
      'con',
      'zanzibar',
      'pro',
      'schedul',
    ]) {
      index.read.length = 0;
      index.services.queryClient.clear();
      const answer = await search(index.services, { q }, 10);
      const bytes = index.bytes();
      measured.push(`${JSON.stringify(q)}: ${answer.total} results, ${index.read.length} files, ${(bytes / 1024).toFixed(0)} KB`);
      expect(bytes, q).toBeLessThan(1_000_000);
    }
    console.log(
      `${count} posts: index ${(total / 1e6).toFixed(1)} MB in ${index.files.size} files, made in ${(built / 1000).toFixed(1)} s (parsing included)\n${measured.join('\n')}`,
    );
  });
});
