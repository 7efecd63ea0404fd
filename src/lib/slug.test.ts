import { describe, expect, it } from 'vitest';
import { postSlugPattern, slugify } from './slug.ts';

describe('slugify', () => {
  it.each([
    // The contract's own examples.
    ['Distributed Systems', 'distributed-systems'],
    ['Über', 'uber'],
    // Series names of the first blog.
    ['Paper every day', 'paper-every-day'],
    ['One small thing per day', 'one-small-thing-per-day'],
    ['Lets Go', 'lets-go'],
    // Accents and special Latin letters are folded.
    ['Crème brûlée', 'creme-brulee'],
    ['naïve café', 'naive-cafe'],
    ['Straße', 'strasse'],
    ['Ærø', 'aero'],
    ['ÆSIR', 'aesir'],
    ['Øresund', 'oresund'],
    ['Łódź', 'lodz'],
    ['Œuvre', 'oeuvre'],
    ['İstanbul', 'istanbul'],
    // Compatibility forms fold too.
    ['ﬁle', 'file'],
    ['ＡＢＣ', 'abc'],
    // Punctuation and runs of spaces become one hyphen.
    ['Go 1.22', 'go-1-22'],
    ['  Hello,   World!  ', 'hello-world'],
    ['a_b', 'a-b'],
    ['x—y', 'x-y'],
    ['tabs\tand\nnewlines', 'tabs-and-newlines'],
    // `tags/index.html` is the tag list's page: a name that would take it gets another.
    ['Index', 'index-1'],
    ['  index!', 'index-1'],
    ['Index 2', 'index-2'],
    ['Indexes', 'indexes'],
    // Leading and trailing symbols are dropped.
    ['--C++ & Go--', 'c-plus-plus-and-go'],
    ['C#', 'c-sharp'],
    ["don't panic", 'dont-panic'],
    ['...Kubernetes!!!', 'kubernetes'],
    ['(draft) notes', 'draft-notes'],
    // Digits are kept.
    ['2024 in review', '2024-in-review'],
    // Scripts without a Latin folding are kept as letters.
    ['Привет мир', 'привет-мир'],
    ['日本語', '日本語'],
    ['Go 言語 入門', 'go-言語-入門'],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('is idempotent: a slug slugifies to itself', () => {
    for (const name of ['Distributed Systems', 'Über', '--C++ & Go--', 'Привет мир', 'Go 1.22']) {
      const slug = slugify(name);
      expect(slugify(slug)).toBe(slug);
    }
  });

  it('gives the same slug for names that differ only in case, accents and spacing', () => {
    expect(slugify('Distributed  systems')).toBe(slugify('distributed Systems'));
    expect(slugify('Uber')).toBe(slugify('Über'));
  });
});

describe('postSlugPattern (post file names)', () => {
  it.each(['lets-go', 'day-1', '2024-in-review', 'a', 'abc123'])('accepts %j', (name) => {
    expect(postSlugPattern.test(name)).toBe(true);
  });

  it.each(['My Post', 'my-post-', '-my-post', 'my--post', 'Lets-Go', 'über', 'my_post', 'my.post', ''])('rejects %j', (name) => {
    expect(postSlugPattern.test(name)).toBe(false);
  });
});
