/**
 * Fuzzing the content pipeline (issue 4, item 5): random front matter (YAML-ish text with
 * every trap YAML has, and random values for each field) and random file names and bodies
 * go through loadPost. It never throws and never hangs; it returns a post, or at least one
 * error; every diagnostic points at a real place in the file (line ≥ 1 and within the
 * file, column ≥ 1) so that `file:line:column` can be followed in an editor.
 *
 * Seeded, so a failure is reproducible; fast-check prints the shrunk counterexample.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { slugify } from '../lib/slug.ts';
import { frontMatterFields } from '../schema/post.ts';
import { loadPost, type LoadResult } from './load-post.ts';

/** Fixed, so failures reproduce; FUZZ_SEED and FUZZ_RUNS explore further. */
const seed = Number(process.env.FUZZ_SEED ?? 20240401);
const runs = Number(process.env.FUZZ_RUNS ?? 1000);
// A guard against hangs (endless loops), not a speed test: speed is the benchmark's job.
const caseBudgetMs = 30_000;

// ------------------------------------------------------------------------------------------
// Arbitraries.

const fileName = fc
  .oneof(
    { weight: 4, arbitrary: fc.constantFrom('a-post', 'lets-go', 'day-1', 'x') },
    { weight: 1, arbitrary: fc.constantFrom('Bad Name', 'UPPER', 'with.dot', 'über', '-lead', 'trail-', 'a--b', '', '日本') },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((s) => s.replace(/[/\\]/g, '')) },
  )
  .map((name) => `public/posts/${name}.md`);

const keys = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...frontMatterFields) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'tag',
      'sumary',
      'Title',
      'titel',
      'dates',
      'serie',
      'series_order',
      'draf',
      '',
      '"title"',
      "'date'",
      '? title',
      '<<',
      '&a title',
      '!!str title',
      '[a]',
      '{a: b}',
      'title ',
      ' title',
      'a#b',
      'x:y',
      '__proto__',
      'constructor',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

const dates = fc.constantFrom(
  '2024-01-01',
  '2024-02-29',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '2024-01-32',
  '2024-1-1',
  '24-01-01',
  '2024-05-01T09:30:00+02:00',
  '2024-05-01T09:30:00Z',
  '2024-05-01T09:30:00',
  '2024-05-01T25:00:00Z',
  '2024-05-01T09:30+02:00',
  '2024-05-01T09:30:00+15:00',
  '2024-05-01 09:30:00',
  '"2024-01-01"',
  '2024-01-01T00:00:00.123456789Z',
  '0001-01-01',
  '9999-12-31',
  'yesterday',
  '1714550400',
  '2024-05-01T09:30:00+02:60',
);

const scalars = fc.oneof(
  fc.constantFrom(
    'A post',
    '"quoted: value"',
    "'single # not a comment'",
    'plain # comment',
    '',
    '~',
    'null',
    'true',
    'false',
    'yes',
    'no',
    'on',
    '"yes"',
    '1',
    '-1',
    '3.14',
    '.inf',
    '-.inf',
    '.nan',
    '0x1F',
    '1e309',
    '007',
    '[]',
    '{}',
    '[a, b]',
    '[a, [b, c]]',
    '{a: 1}',
    '[go, "kubernetes", 3]',
    '[unterminated',
    '{unterminated',
    '"unterminated',
    "'unterminated",
    '|',
    '>',
    '|-\n  block\n  text',
    '>\n  folded\n  text',
    '&anchor value',
    '*anchor',
    '*missing',
    '!!str 1',
    '!!int x',
    '!!binary aGVsbG8=',
    '!!js/function x',
    '!custom x',
    '!!timestamp 2024-01-01',
    '? complex',
    '- item',
    '-',
    '- a\n- b',
    '\n  - a\n  - b',
    '\n  nested: map',
    ':',
    '::',
    'a: b',
    '"\\x00"',
    '"\\u2028"',
    '"\\uD800"',
    '"tab\\there"',
    '\ttab',
    'trailing  ',
    '"<script>alert(1)</script>"',
    "'</script><img src=x onerror=alert(1)>'",
    'javascript:alert(1)',
    'https://example.com/a.png',
    'images/c.png',
    '../../etc/passwd',
    '%YAML 1.2',
    '...',
    '---',
    '#',
    '"""',
    '`code`',
    '@at',
    '%percent',
  ),
  dates,
  fc.string({ maxLength: 16 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.integer().map(String),
  fc.double().map(String),
);

const indent = fc.constantFrom('', '', '', ' ', '  ', '\t', '    ');
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', ' \n', '\n\n');
const line = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(indent, keys, fc.constantFrom(': ', ':', ' : ', ':\t', ': '), scalars)
      .map(([i, k, c, v]) => i + k + c + v),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(indent, fc.constantFrom('- ', '-', '? ', ': ', '# ', '&a ', '*a', '<<: *a', '--- ', '...'))
      .map(([i, m]) => i + m),
  },
  { weight: 1, arbitrary: scalars },
);
/** An anchor set, then used many times: the alias expansions YAML loaders guard against. */
const aliasBomb = fc.integer({ min: 2, max: 12 }).map((depth) => {
  const rows = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
  for (let i = 1; i < depth; i++) rows.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  return rows.join('\n');
});

const yamlText = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.tuple(fc.array(fc.tuple(line, eol), { maxLength: 14 })).map(([rows]) => rows.map(([l, e]) => l + e).join('')),
  },
  { weight: 1, arbitrary: aliasBomb },
);

/** Random values for each field, written as YAML by a YAML library (valid YAML, wrong types). */
const anyValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  dates,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null)), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);
const randomFields = fc
  .record(Object.fromEntries(frontMatterFields.map((field) => [field, anyValue])) as Record<string, fc.Arbitrary<unknown>>, {
    requiredKeys: [],
  })
  .map((fields) => stringify(fields));

const body = fc.oneof(
  fc.constantFrom(
    '',
    'Hello.',
    '\n\nFirst paragraph.\n\n<!-- more -->\n\nRest.',
    '[link](other-post.md) ![img](images/missing.png)',
    '---\ntitle: again\n---',
    '```\n---\n```',
    '<!--more-->',
  ),
  fc.string({ maxLength: 60 }),
  fc
    .array(
      fc.constantFrom(
        '# h',
        '- ',
        '> ',
        '[x](y.md)',
        '![a](b.png)',
        '<div>',
        '`',
        '*',
        '\n',
        '\n\n',
        'text',
        '[^1]',
        '[^1]: n',
        '|a|\n|-|',
      ),
      { maxLength: 12 },
    )
    .map((a) => a.join('')),
);

const opening = fc.constantFrom(
  '---\n',
  '---\n',
  '---\n',
  '---\r\n',
  '--- \n',
  '\uFEFF---\n',
  '',
  '----\n',
  '---yaml\n',
  ' ---\n',
);
const closing = fc.constantFrom('---\n', '---\n', '---\n', '---\r\n', '---  \n', '', '...\n', '----\n', ' ---\n', '---');

const source = fc
  .tuple(
    opening,
    fc.oneof({ weight: 3, arbitrary: yamlText }, { weight: 1, arbitrary: randomFields }),
    fc.constantFrom('', '\n'),
    closing,
    body,
  )
  .map(([open, yaml, nl, close, text]) => open + yaml + nl + close + text);

// ------------------------------------------------------------------------------------------
// The property.

/** Lines as an editor counts them (a lone CR breaks a line too). */
const fileLines = (text: string) => text.split(/\r\n|\r|\n/);

function diagnosticProblems(file: string, text: string, result: LoadResult): string[] {
  const problems: string[] = [];
  const lines = fileLines(text);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.post && !errors.length) problems.push('neither a post nor an error');
  if (result.post && errors.length) problems.push('a post despite errors');
  for (const d of result.diagnostics) {
    const at = `${d.line}:${d.column} ${d.message}`;
    if (d.file !== file) problems.push(`diagnostic for another file: ${d.file}`);
    if (!Number.isInteger(d.line) || d.line < 1 || d.line > lines.length)
      problems.push(`line out of the file (${lines.length} lines): ${at}`);
    if (!Number.isInteger(d.column) || d.column < 1) problems.push(`column below 1: ${at}`);
    if (typeof d.message !== 'string' || !d.message.trim()) problems.push(`empty message at ${d.line}:${d.column}`);
  }
  return problems;
}

function check(file: string, text: string): void {
  const started = performance.now();
  let result: LoadResult;
  try {
    result = loadPost(file, text);
  } catch (error) {
    throw new Error(`loadPost threw ${(error as Error).name}: ${(error as Error).message}`);
  }
  expect(performance.now() - started, 'loadPost time (ms)').toBeLessThan(caseBudgetMs);
  expect(diagnosticProblems(file, text, result)).toEqual([]);
}

// ------------------------------------------------------------------------------------------

describe('fuzzing loadPost', () => {
  it('the generators produce what they are meant to', () => {
    const sample = fc.sample(source, { numRuns: 1000, seed });
    const all = sample.join('\n');
    for (const trap of ['*missing', '&anchor', '[unterminated', '\t', '\r\n', '<<', 'a9: &a9', '\uFEFF---']) {
      expect(all, trap).toContain(trap);
    }
    expect(sample.some((s) => s.startsWith('---\n') && s.includes('\n---\n'))).toBe(true);
    // The checker catches what it must.
    const bad: LoadResult = { diagnostics: [{ file: 'f.md', line: 0, column: 0, severity: 'error', message: '' }] };
    expect(diagnosticProblems('f.md', 'x', bad)).toHaveLength(3);
    expect(diagnosticProblems('f.md', 'x', { diagnostics: [] })).toEqual(['neither a post nor an error']);
  });

  it(
    `random front matter, file names and bodies: never throws, every problem at a real line and column (${runs} runs, seed ${seed})`,
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(fileName, source, (file, text) => check(file, text)),
        { seed, numRuns: runs, interruptAfterTimeLimit: 40_000 },
      );
    },
  );

  it(
    `random values for every field (valid YAML, any type): a post or an error, never a throw (${runs} runs, seed ${seed})`,
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(randomFields, body, (yaml, text) => check('public/posts/a-post.md', `---\n${yaml}---\n${text}`)),
        { seed, numRuns: runs, interruptAfterTimeLimit: 40_000 },
      );
    },
  );

  // Valid values always make a post, and come back as written: no false alarms, no lost fields.
  const letters = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => /[\p{L}\p{N}]/u.test(s) && s.trim() === s);
  /** Tag and series names need something to make a URL slug from. */
  const named = letters.filter((s) => slugify(s) !== '');
  const validDate = fc
    .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
    .chain((d) =>
      fc.constantFrom(
        d.toISOString().slice(0, 10),
        `${d.toISOString().slice(0, 19)}Z`,
        `${d.toISOString().slice(0, 19)}+02:00`,
        `${d.toISOString().slice(0, 19)}-07:30`,
      ),
    );
  const validFields = fc.record(
    {
      title: letters,
      date: validDate,
      summary: letters,
      tags: fc.array(named, { maxLength: 4 }),
      series: named,
      seriesOrder: fc.integer({ min: -1000, max: 1000 }),
      author: letters,
      updated: validDate,
      draft: fc.boolean(),
      cover: fc.constantFrom('images/a.png', 'cover.jpg', 'https://example.com/c.png', 'a b/ü.png'),
    },
    { requiredKeys: ['title', 'date'] },
  );

  it(
    `valid front matter always makes a post, with the values as written (${runs} runs, seed ${seed})`,
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(validFields, body, (fields, text) => {
          const file = 'public/posts/a-post.md';
          const result = loadPost(file, `---\n${stringify(fields)}---\n${text}`);
          expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
          expect(result.post?.frontMatter).toEqual(fields);
        }),
        { seed, numRuns: runs, interruptAfterTimeLimit: 40_000 },
      );
    },
  );

  // Not random: the inputs known to break YAML loaders and recursive tree walks.
  it.each([
    ['an alias to an anchor that does not exist', '---\ntitle: x\ndate: 2024-01-01\ntags: *nope\n---\nHello.\n'],
    [
      'an alias bomb (billion laughs)',
      `---\ntitle: x\ndate: 2024-01-01\n${
        fc.sample(
          aliasBomb.filter((b) => b.includes('a8:')),
          { numRuns: 1, seed },
        )[0]
      }\n---\nHello.\n`,
    ],
    ['a body of blockquotes nested 10 000 deep', `---\ntitle: x\ndate: 2024-01-01\n---\n${'> '.repeat(10_000)}x\n`],
    ['a body of lists nested 2000 deep', `---\ntitle: x\ndate: 2024-01-01\n---\n${'- '.repeat(2_000)}x\n`],
    ['a body of emphasis nested 10 000 deep', `---\ntitle: x\ndate: 2024-01-01\n---\n${'*a '.repeat(10_000)}\n`],
  ])('%s: reported, not thrown', { timeout: 30_000 }, (_name, text) => {
    check('public/posts/a-post.md', text);
  });
});
