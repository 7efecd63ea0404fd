/**
 * The bad-content corpus: one broken (or suspicious) posts folder per case, loaded the way
 * the build loads it (loadContent on a real folder), each asserting the exact lines an
 * author reads: `file:line:column: message`. A post with an error is never published;
 * a post with only warnings still is. Per-file rules in isolation are in load-post.test.ts;
 * this file checks them end to end over a folder, many inputs per rule.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SiteConfig } from '../schema/site.ts';
import { ContentError, formatDiagnostic, formatDiagnostics } from './diagnostics.ts';
import { loadContent } from './load-content.ts';

const site: SiteConfig = {
  title: 'Test Blog',
  description: 'A blog for tests.',
  author: 'Site Author',
  bio: 'I write tests.',
  links: [],
  baseUrl: 'https://example.com/',
  postsPerPage: 10,
  language: 'en',
  feedContent: 'summary',
};

const P = 'public/posts';
const badDate =
  'is not a valid date: write YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] with an optional offset (Z or -07:00; without one, it is read in the timeZone of site.config.ts)';
const notADate = 'must be a date such as 2024-05-01 or 2024-05-01T09:30:00+02:00';
const known = '(known fields: title, date, summary, tags, series, seriesOrder, author, updated, draft, cover, aliases)';
const unclosed = 'front matter is not closed: add a line "---" after the last field';
const notMapping = 'front matter must be "field: value" lines, e.g. title: My post';
const notSlug = (name: string, suggestion: string) =>
  `${P}/${name}:1:1: file name "${name}" is not a valid slug: use lowercase letters, digits and hyphens, e.g. "${suggestion}"`;
const notPublished = (target: string) =>
  `link to "${target}", which is not a published post: check the file name, or whether that post is a draft`;
const missingImage = (target: string) =>
  `image "${target}" does not exist in the posts folder: check the path (relative to this file)`;

/** A post with the given front matter lines and body. */
const post = (frontMatter: string, body = '\nSome text.\n') => `---\n${frontMatter}\n---\n${body}`;
/** A good post to link to. */
const fine = (title: string, date = '2024-01-01') => post(`title: ${title}\ndate: ${date}`);

interface Case {
  name: string;
  files: Record<string, string>;
  /** Every line the author reads, sorted as the build prints them. */
  expected: string[];
  includeDrafts?: boolean;
  /** The errors are about posts together: each post alone is fine (the build still fails). */
  crossPost?: boolean;
}

/** The date field of a one-post folder, with everything else valid. */
const dateCase = (name: string, value: string, message: string, column = 7): Case => ({
  name,
  files: { 'a-post.md': post(`title: Hi\ndate: ${value}`) },
  expected: [`${P}/a-post.md:3:${column}: "date" ${message}`],
});

const cases: Case[] = [
  // Required fields.
  {
    name: 'missing title',
    files: { 'a-post.md': post('date: 2024-01-01') },
    expected: [`${P}/a-post.md:1:1: missing required field "title": add a line such as title: "My post"`],
  },
  {
    name: 'missing date',
    files: { 'a-post.md': post('title: Hi') },
    expected: [`${P}/a-post.md:1:1: missing required field "date": add a line such as date: 2024-05-01`],
  },
  {
    name: 'missing title and date (only a summary)',
    files: { 'a-post.md': post('summary: Just a summary.') },
    expected: [
      `${P}/a-post.md:1:1: missing required field "title": add a line such as title: "My post"`,
      `${P}/a-post.md:1:1: missing required field "date": add a line such as date: 2024-05-01`,
    ],
  },
  {
    name: 'empty title in single quotes',
    files: { 'a-post.md': post("date: 2024-01-01\ntitle: ''") },
    expected: [`${P}/a-post.md:3:8: "title" must not be empty (the post title)`],
  },
  {
    name: 'title and date present but without values',
    files: { 'a-post.md': post('title:\ndate:') },
    expected: [`${P}/a-post.md:2:7: "title" must be text (the post title)`, `${P}/a-post.md:3:6: "date" ${notADate}`],
  },

  // Impossible or malformed dates.
  dateCase('impossible date 2023-02-30', '2023-02-30', badDate),
  dateCase('impossible month 2023-13-01', '2023-13-01', badDate),
  dateCase('February 29 of a year that is not a leap year', '2023-02-29', badDate),
  dateCase('hour 24 (24:00)', '2023-05-01T24:00:00Z', badDate),
  dateCase('minute 60', '2024-01-01T10:60:00Z', badDate),
  dateCase('offset beyond ±14:00 (+25:00)', '2023-05-01T10:00:00+25:00', badDate),
  dateCase('offset without a colon (+0200)', '2023-05-01T10:00:00+0200', badDate),
  dateCase('offset minutes 60 (+05:60)', '2024-01-01T10:00:00+05:60', badDate),
  dateCase('date-time with a one-digit hour', '2024-05-01T9:30:00', badDate),
  dateCase('space instead of T between date and time', '2024-01-01 10:00:00Z', badDate),
  dateCase('date as a number', '20230501', notADate),
  dateCase('date as a flow list', '[2023-05-01]', notADate),
  {
    name: 'date as a block list, at the list item',
    files: { 'a-post.md': post('title: Hi\ndate:\n  - 2023-05-01') },
    expected: [`${P}/a-post.md:4:3: "date" ${notADate}`],
  },
  {
    name: 'updated that is not a date',
    files: { 'a-post.md': post('title: Hi\ndate: 2024-01-01\nupdated: yesterday') },
    expected: [`${P}/a-post.md:4:10: "updated" ${badDate}`],
  },

  // Front matter that cannot be read.
  {
    name: 'no front matter at all',
    files: { 'a-post.md': '# Hello\n\nJust text.\n' },
    expected: [
      `${P}/a-post.md:1:1: missing front matter: start the file with a line "---", then "title:" and "date:", then "---"`,
    ],
  },
  {
    name: 'empty file',
    files: { 'a-post.md': '' },
    expected: [
      `${P}/a-post.md:1:1: missing front matter: start the file with a line "---", then "title:" and "date:", then "---"`,
    ],
  },
  {
    name: 'unterminated front matter',
    files: { 'a-post.md': '---\ntitle: Hi\ndate: 2024-01-01\n\nThe body starts here.\n' },
    expected: [`${P}/a-post.md:1:1: ${unclosed}`],
  },
  {
    name: 'front matter closed with four dashes',
    files: { 'a-post.md': '---\ntitle: Hi\ndate: 2024-01-01\n----\nBody.\n' },
    expected: [`${P}/a-post.md:1:1: ${unclosed}`],
  },
  {
    name: 'invalid YAML: a field indented under a plain value',
    files: { 'a-post.md': post('title: Hi\n  date: 2024-01-01') },
    expected: [
      `${P}/a-post.md:2:8: invalid YAML: Nested mappings are not allowed in compact mappings: write each field on one line as "name: value"; quote values that contain ": "`,
      `${P}/a-post.md:2:8: invalid YAML: Implicit keys need to be on a single line: write each field on one line as "name: value"; quote values that contain ": "`,
    ],
  },
  {
    name: 'invalid YAML: tab indentation',
    files: { 'a-post.md': post('title: Hi\n\tdate: 2024-01-01') },
    expected: [`${P}/a-post.md:3:1: invalid YAML: Tabs are not allowed as indentation: indent with spaces, not tabs`],
  },
  {
    name: 'invalid YAML: tab before a list item',
    files: { 'a-post.md': post('title: Hi\ntags:\n\t- go\ndate: 2024-01-01') },
    expected: [`${P}/a-post.md:4:1: invalid YAML: Tabs are not allowed as indentation: indent with spaces, not tabs`],
  },
  {
    name: 'invalid YAML: unclosed double quote',
    files: { 'a-post.md': post('title: "Hi\ndate: 2024-01-01') },
    expected: [
      `${P}/a-post.md:3:17: invalid YAML: Missing closing "quote: close the quote or bracket opened on this line or one above it`,
    ],
  },
  {
    name: 'invalid YAML: unclosed single quote',
    files: { 'a-post.md': post("title: 'Hi\ndate: 2024-01-01") },
    expected: [
      `${P}/a-post.md:3:17: invalid YAML: Missing closing 'quote: close the quote or bracket opened on this line or one above it`,
    ],
  },
  {
    name: 'invalid YAML: duplicate key',
    files: { 'a-post.md': post('title: Hi\ndate: 2024-01-01\ndate: 2024-01-02') },
    expected: [`${P}/a-post.md:4:1: invalid YAML: Map keys must be unique: each field may appear once; remove one of them`],
  },
  {
    name: 'front matter that is a list',
    files: { 'a-post.md': post('- title\n- date') },
    expected: [`${P}/a-post.md:2:1: ${notMapping}`],
  },
  {
    name: 'front matter that is a scalar',
    files: { 'a-post.md': post('just a sentence') },
    expected: [`${P}/a-post.md:2:1: ${notMapping}`],
  },
  {
    name: 'empty front matter',
    files: { 'a-post.md': '---\n---\nBody.\n' },
    expected: [`${P}/a-post.md:2:1: ${notMapping}`],
  },

  // Wrong types.
  {
    name: 'tags: go (not a list)',
    files: { 'a-post.md': post('title: Hi\ndate: 2024-01-01\ntags: go') },
    expected: [`${P}/a-post.md:4:7: "tags" must be a list, e.g. tags: [go, kubernetes]`],
  },
  {
    name: 'tags: [1, 2] (numbers, each at its item)',
    files: { 'a-post.md': post('title: Hi\ndate: 2024-01-01\ntags: [1, 2]') },
    expected: [
      `${P}/a-post.md:4:8: "tags.0" must be text (a tag name)`,
      `${P}/a-post.md:4:11: "tags.1" must be text (a tag name)`,
    ],
  },
  {
    name: 'tags as a mapping',
    files: { 'a-post.md': post('title: Hi\ndate: 2024-01-01\ntags: {go: 1}') },
    expected: [`${P}/a-post.md:4:7: "tags" must be a list, e.g. tags: [go, kubernetes]`],
  },
  {
    name: 'tags: with nothing after it',
    files: { 'a-post.md': post('title: Hi\ndate: 2024-01-01\ntags:') },
    expected: [`${P}/a-post.md:4:6: "tags" must be a list, e.g. tags: [go, kubernetes]`],
  },
  {
    name: 'draft: "yes"',
    files: { 'a-post.md': post('title: Hi\ndate: 2024-01-01\ndraft: "yes"') },
    expected: [`${P}/a-post.md:4:8: "draft" must be true or false (without quotes)`],
  },
  {
    name: 'draft: 1',
    files: { 'a-post.md': post('title: Hi\ndate: 2024-01-01\ndraft: 1') },
    expected: [`${P}/a-post.md:4:8: "draft" must be true or false (without quotes)`],
  },
  {
    name: 'seriesOrder: "3" (a string)',
    files: { 'a-post.md': post('title: Hi\ndate: 2024-01-01\nseries: S\nseriesOrder: "3"') },
    expected: [`${P}/a-post.md:5:14: "seriesOrder" must be a number, e.g. seriesOrder: 3`],
  },
  {
    name: 'title: [a] (a list)',
    files: { 'a-post.md': post('title: [a]\ndate: 2024-01-01') },
    expected: [`${P}/a-post.md:2:8: "title" must be text (the post title)`],
  },
  {
    name: 'title: !!binary (a YAML tag that makes bytes)',
    files: { 'a-post.md': post('title: !!binary aGk=\ndate: 2024-01-01') },
    expected: [`${P}/a-post.md:2:17: "title" must be text (the post title)`],
  },
  {
    name: 'cover with a javascript: URL',
    files: { 'a-post.md': post('title: Hi\ndate: 2024-01-01\ncover: javascript:alert(1)') },
    expected: [
      `${P}/a-post.md:4:8: "cover" must be an image path relative to public/posts/ (e.g. images/cover.png) or an https:// URL`,
    ],
  },

  // Unknown fields: warnings, with a did-you-mean when close to a known field.
  ...(
    [
      ['tag', 'tags', 'tag: [go]'],
      ['sumary', 'summary', 'sumary: A summary.'],
      ['seriesorder', 'seriesOrder', 'seriesorder: 3'],
      ['autor', 'author', 'autor: Someone'],
      ['drafts', 'draft', 'drafts: true'],
    ] as const
  ).map(([field, guess, line]): Case => ({
    name: `unknown field ${field}: suggests ${guess}`,
    files: { 'a-post.md': post(`title: Hi\ndate: 2024-01-01\n${line}`) },
    expected: [`${P}/a-post.md:4:1: warning: unknown field "${field}": did you mean "${guess}"? ${known}`],
  })),
  ...(
    [
      ['description', 'summary'],
      ['excerpt', 'summary'],
      ['categories', 'tags'],
      ['category', 'tags'],
      ['authors', 'author'],
      ['lastmod', 'updated'],
      ['image', 'cover'],
    ] as const
  ).map(([field, name]): Case => ({
    name: `another generator's field ${field}: says to use ${name}`,
    files: { 'a-post.md': post(`title: Hi\ndate: 2024-01-01\n${field}: x`) },
    expected: [`${P}/a-post.md:4:1: warning: unknown field "${field}": use "${name}" ${known}`],
  })),
  {
    name: 'unknown field with no near match: no suggestion',
    files: { 'a-post.md': post('title: Hi\ndate: 2024-01-01\nlayout: post') },
    expected: [`${P}/a-post.md:4:1: warning: unknown field "layout" ${known}`],
  },

  // File names that are not slugs.
  { name: 'file name with a space', files: { 'My Post.md': fine('Hi') }, expected: [notSlug('My Post.md', 'my-post.md')] },
  { name: 'file name in capitals', files: { 'UPPER.md': fine('Hi') }, expected: [notSlug('UPPER.md', 'upper.md')] },
  {
    name: 'file name with an underscore',
    files: { 'under_score.md': fine('Hi') },
    expected: [notSlug('under_score.md', 'under-score.md')],
  },
  {
    name: 'file name with a trailing hyphen',
    files: { 'trailing-.md': fine('Hi') },
    expected: [notSlug('trailing-.md', 'trailing.md')],
  },

  // Checks across posts.
  {
    name: 'a seriesOrder used twice (three times) in one series, spelled differently',
    crossPost: true,
    files: {
      'part-a.md': post('title: A\ndate: 2024-01-01\nseries: Paper every day\nseriesOrder: 2'),
      'part-b.md': post('title: B\ndate: 2024-01-02\nseries: paper every day\nseriesOrder: 2'),
      'part-c.md': post('title: C\ndate: 2024-01-03\nseries: Paper Every Day\n\nseriesOrder: 2'),
    },
    expected: [
      `${P}/part-b.md:5:1: seriesOrder 2 is already used in series "Paper every day" by ${P}/part-a.md: give each part its own number`,
      `${P}/part-c.md:6:1: seriesOrder 2 is already used in series "Paper every day" by ${P}/part-a.md: give each part its own number`,
    ],
  },
  {
    name: 'links to posts that do not exist (inline, with an anchor, by reference)',
    files: {
      'a-post.md': post(
        'title: A\ndate: 2024-01-01',
        '\nSee [gone](./gone.md), [also gone](gone-too.md#part) and [ref][r] and [fine](other.md).\n\n[r]: missing-ref.md\n',
      ),
      'other.md': fine('Other'),
    },
    expected: [
      `${P}/a-post.md:6:5: warning: ${notPublished('gone.md')}`,
      `${P}/a-post.md:6:24: warning: ${notPublished('gone-too.md')}`,
      `${P}/a-post.md:8:1: warning: ${notPublished('missing-ref.md')}`,
    ],
  },
  {
    name: 'a link to a draft from a published post (production build)',
    files: {
      'a-post.md': post('title: A\ndate: 2024-01-01', '\nRead [the next part](next-part.md).\n'),
      'next-part.md': post('title: Next\ndate: 2024-01-02\ndraft: true'),
    },
    expected: [`${P}/a-post.md:6:6: warning: ${notPublished('next-part.md')}`],
  },
  {
    name: 'the same link to a draft is fine when drafts are shown (dev server)',
    includeDrafts: true,
    files: {
      'a-post.md': post('title: A\ndate: 2024-01-01', '\nRead [the next part](next-part.md).\n'),
      'next-part.md': post('title: Next\ndate: 2024-01-02\ndraft: true'),
    },
    expected: [],
  },
  {
    name: 'images that do not exist',
    files: {
      'a-post.md': post(
        'title: A\ndate: 2024-01-01',
        '\n![one](images/nope.png)\n\n![two](./images/sp%20ace.png) ![ok](images/here.png) ![web](https://example.com/x.png)\n',
      ),
      'images/here.png': 'png',
    },
    expected: [
      `${P}/a-post.md:6:1: warning: ${missingImage('images/nope.png')}`,
      `${P}/a-post.md:8:1: warning: ${missingImage('images/sp ace.png')}`,
    ],
  },
  {
    name: 'a tag with no letter or digit',
    files: { 'a-post.md': post('title: Hi\ndate: 2024-01-01\ntags: [go, "🚀"]') },
    expected: [`${P}/a-post.md:4:12: tag "🚀" has no letter or digit to make its URL from: add a word, e.g. "🚀 notes"`],
  },
  {
    name: 'a series with no letter or digit',
    files: { 'a-post.md': post('title: Hi\ndate: 2024-01-01\nseries: "!!!"') },
    expected: [`${P}/a-post.md:4:9: series "!!!" has no letter or digit to make its URL from: add a word, e.g. "!!! notes"`],
  },
  {
    name: 'colliding tag spellings (accents, spaces vs hyphens), in the order the tags are written',
    files: {
      'older.md': post('title: Older\ndate: 2024-01-01\ntags: [Über, Distributed Systems]'),
      'newer.md': post('title: Newer\ndate: 2024-01-02\ntags:\n  - Uber\n  - distributed-systems'),
    },
    expected: [
      `${P}/older.md:4:1: warning: tag "Über" has the same URL (/tags/uber) as tag "Uber" of ${P}/newer.md, so they are shown as one tag "Uber": spell them the same`,
      `${P}/older.md:4:1: warning: tag "Distributed Systems" has the same URL (/tags/distributed-systems) as tag "distributed-systems" of ${P}/newer.md, so they are shown as one tag "distributed-systems": spell them the same`,
    ],
  },
];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'quire-bad-content-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
}

const load = (includeDrafts = false) => loadContent({ postsDir: dir, site, includeDrafts, displayDir: P });
/** The lines the build prints, in its order (by file, line, column). */
const printed = (content: { diagnostics: Parameters<typeof formatDiagnostics>[0] }) =>
  formatDiagnostics(content.diagnostics).split('\n').filter(Boolean);

describe('bad content: every problem reported as file:line:column: message', () => {
  it('has a corpus of at least 30 distinct cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await write(c.files);
    const content = await load(c.includeDrafts);
    expect(printed(content)).toEqual(c.expected);
    // Each diagnostic prints as one line: the formatter and the list agree.
    expect(content.diagnostics.map(formatDiagnostic).sort()).toEqual([...c.expected].sort());
    // A post with an error of its own is never published; a post with only warnings is.
    const posts = Object.keys(c.files).filter((f) => f.endsWith('.md') && !f.includes('/'));
    for (const file of posts) {
      const slug = file.slice(0, -3);
      const errors = content.diagnostics.filter((d) => d.file === `${P}/${file}` && d.severity === 'error');
      const isDraft = /\ndraft: true\n/.test(c.files[file]!) && !c.includeDrafts;
      if (c.crossPost) continue;
      expect(content.slugs.has(slug), `${file} published`).toBe(errors.length === 0 && !isDraft);
    }
  });
});

describe('bad content: YAML that could crash the loader', () => {
  // The yaml library throws from toJS() for these; the loader must turn that into a diagnostic
  // for the file (and keep reporting the other files), not reject the whole build.
  it('an alias to an anchor that does not exist is an error at the alias, not a crash', async () => {
    await write({ 'alias.md': post('title: *nothing\ndate: 2024-01-01'), 'good.md': fine('Good') });
    const content = await load();
    const errors = content.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    expect(errors).toEqual([expect.stringMatching(/^public\/posts\/alias\.md:2:8: \S/)]);
    expect([...content.slugs]).toEqual(['good']);
  });

  it('an alias bomb (exponential expansion) is an error, not a crash or a hang', async () => {
    const bomb = [
      'title: Hi',
      'date: 2024-01-01',
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    ].join('\n');
    await write({ 'bomb.md': post(bomb), 'good.md': fine('Good') });
    const content = await load();
    const errors = content.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    expect(errors).toEqual([expect.stringMatching(/^public\/posts\/bomb\.md:\d+:\d+: \S/)]);
    expect([...content.slugs]).toEqual(['good']);
  });
});

describe('bad content: several problems in several files, all at once', () => {
  const files = {
    'z-last.md': post('title: ""\ndate: 2023-02-30\ntags: go\ndraft: "yes"\nsumary: typo'),
    'a-first.md': post('title: First\ndate: 2024-01-01\nautor: Me', '\n[x](nowhere.md)\n\n![y](images/none.png)\n'),
    'Bad Name.md': post('date: 2024-01-01T10:00:00 +0000'),
    'm-middle.md': '---\ntitle: Middle\n\tdate: 2024-01-01\n---\n',
    'unclosed.md': '---\ntitle: Unclosed\n',
    'fine.md': fine('Fine', '2024-02-02'),
  };
  const expected = [
    `${P}/a-first.md:4:1: warning: unknown field "autor": did you mean "author"? ${known}`,
    `${P}/a-first.md:7:1: warning: ${notPublished('nowhere.md')}`,
    `${P}/a-first.md:9:1: warning: ${missingImage('images/none.png')}`,
    notSlug('Bad Name.md', 'bad-name.md'),
    `${P}/Bad Name.md:1:1: missing required field "title": add a line such as title: "My post"`,
    `${P}/Bad Name.md:2:7: "date" ${badDate}`,
    `${P}/m-middle.md:3:1: invalid YAML: Tabs are not allowed as indentation: indent with spaces, not tabs`,
    `${P}/unclosed.md:1:1: ${unclosed}`,
    `${P}/z-last.md:2:8: "title" must not be empty (the post title)`,
    `${P}/z-last.md:3:7: "date" ${badDate}`,
    `${P}/z-last.md:4:7: "tags" must be a list, e.g. tags: [go, kubernetes]`,
    `${P}/z-last.md:5:8: "draft" must be true or false (without quotes)`,
    `${P}/z-last.md:6:1: warning: unknown field "sumary": did you mean "summary"? ${known}`,
  ];

  it('lists every problem of every file, sorted by file, line and column', async () => {
    await write(files);
    const content = await load();
    expect(printed(content)).toEqual(expected);
    expect([...content.slugs].sort()).toEqual(['a-first', 'fine']);
  });

  it('the build error says how many errors and warnings, then the same lines', async () => {
    await write(files);
    const error = new ContentError((await load()).diagnostics);
    expect(error.message).toBe(`9 errors and 4 warnings in the posts:\n${expected.join('\n')}`);
  });

  it('reports the same lines whatever order the files were written in', async () => {
    await write(Object.fromEntries(Object.entries(files).reverse()));
    expect(printed(await load())).toEqual(expected);
  });
});
