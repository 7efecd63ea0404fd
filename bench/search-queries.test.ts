import { describe, expect, it } from 'vitest';
import { pickQueries } from './search-queries.ts';

describe('bench search queries', () => {
  it('picks words in one post (from two shards) and the two commonest, each typable as its own term', () => {
    const queries = pickQueries([
      // "abbey" is too short; "abstract" is in two posts.
      { abbey: [1, 10], abject: [2, 10], abstract: [0, 10, 1, 10], system: [0, 10, 1, 10, 1, 10, 1, 10] },
      { absent: [3, 10], window: [0, 10, 1, 10, 1, 10] },
      // "running" is indexed as "run": typing it would not find this term.
      { running: [0, 1, 1, 1, 1, 1, 1, 1, 1, 1], zanzibar: [4, 10] },
    ]);
    expect(queries).toEqual({ rare: ['abject', 'zanzibar'], common: ['system', 'window'] });
  });

  it('says so when the index is too small to pick from', () => {
    expect(() => pickQueries([{ abject: [0, 1] }])).toThrow(/too few words/);
  });
});
