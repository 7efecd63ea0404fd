import { describe, expect, it } from 'vitest';
import { term } from '../lib/search-terms.ts';
import { excerpt, hasPhrase, parsePhrases } from './search-excerpt.ts';

describe('phrases', () => {
  it('reads quoted phrases of two words or more; an unclosed one is being typed', () => {
    expect(parsePhrases('raft "leader election" log')).toEqual([{ words: ['leader', 'election'], prefix: false }]);
    expect(parsePhrases('“Crème brûlée”')).toEqual([{ words: ['creme', 'brulee'], prefix: false }]);
    expect(parsePhrases('"write ahead lo')).toEqual([{ words: ['write', 'ahead', 'lo'], prefix: true }]);
    expect(parsePhrases('"write ahead ')).toEqual([{ words: ['write', 'ahead'], prefix: false }]);
    expect(parsePhrases('"single" plain words')).toEqual([]);
  });

  it('finds a phrase only with its words adjacent and in order, folded and stemmed', () => {
    const phrase = { words: ['leader', 'election'], prefix: false };
    expect(hasPhrase('How Leader Elections work.', phrase)).toBe(true);
    expect(hasPhrase('The election of a leader.', phrase)).toBe(false);
    expect(hasPhrase('A leader, then an election.', phrase)).toBe(false);
    expect(hasPhrase('leader', phrase)).toBe(false);
    expect(hasPhrase('the leader elect', { words: ['leader', 'ele'], prefix: true })).toBe(true);
    expect(hasPhrase('the leader elect', { words: ['leader', 'ele'], prefix: false })).toBe(false);
  });
});

describe('excerpt', () => {
  const marks = { terms: [term('consensus'), term('quorum')], prefixes: [] };

  it('picks the passage with the most matched words and keeps a short one whole', () => {
    const passages = ['Intro without it.', 'Consensus once.', 'Consensus needs a quorum.'];
    expect(excerpt(passages, marks, [])).toBe('Consensus needs a quorum.');
    expect(excerpt(['Nothing here.'], marks, [])).toBeUndefined();
  });

  it('cuts a long passage around its first match, at word boundaries, and says where it was cut', () => {
    const long = `${'filler '.repeat(40)}then consensus arrives ${'tail '.repeat(60)}`.trim();
    const text = excerpt([long], marks, [])!;
    expect(text.startsWith('… filler')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text).toContain('then consensus arrives');
    expect(text.length).toBeLessThanOrEqual(204);
    expect(
      text
        .slice(2, -2)
        .split(' ')
        .every((w) => ['filler', 'then', 'consensus', 'arrives', 'tail'].includes(w)),
    ).toBe(true);
  });

  it('prefers the passage that has the phrase', () => {
    const phrase = { words: ['quorum', 'consensus'], prefix: false };
    expect(excerpt(['Consensus and a quorum, twice consensus.', 'A quorum consensus here.'], marks, [phrase])).toBe(
      'A quorum consensus here.',
    );
  });
});
