/**
 * parseMarkdown leaves out the GFM constructs a document cannot use (gfm-when-needed.ts).
 * It must give exactly the tree remark-gfm gives, positions included: compared on the
 * sample posts, on cases at the edge of each shortcut, and on random documents made of
 * the characters and fragments those shortcuts look for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './parse-markdown.ts';

const remark = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).freeze();
/** The tree, or the error: the development builds the tests load assert things, the same in both. */
const outcome = (parse: () => unknown) => {
  try {
    return parse();
  } catch (error) {
    return { threw: String(error) };
  }
};
const sameAsRemarkGfm = (markdown: string) =>
  expect(outcome(() => parseMarkdown(markdown))).toEqual(outcome(() => remark.parse(markdown)));

/** Fixed, so failures reproduce; FUZZ_SEED and FUZZ_RUNS explore further. */
const seed = Number(process.env.FUZZ_SEED ?? 20261201);
const runs = Number(process.env.FUZZ_RUNS ?? 3000);

const edgeCases = {
  'plain text': 'Just words, nothing else.',
  'an e-mail': 'Write to someone@example.com today.',
  'an e-mail after mailto': 'mailto:someone@example.com and xmpp:a@b.example',
  'an e-mail written with a character reference': 'someone&#64;example.com and someone&commat;example.org',
  'an escaped @': 'someone\\@example.com',
  'a www link': 'See www.example.com or WWW.EXAMPLE.COM.',
  'a www link with an escaped dot': 'See www\\.example.com',
  'www from character references': 'See &#119;ww.example.com and w&#x77;w.example.com',
  'a URL': 'See https://example.com/a?b=c#d and HTTP://EXAMPLE.COM.',
  'a URL from character references': 'See h&#116;tps://example.com and https&#58;//example.com',
  'a URL in a link': '[text](https://example.com) and <https://example.com>',
  'a table': '| a | b |\n| - | :-: |\n| 1 | 2 |',
  'a table without outer pipes': 'a | b\n--|--\n1 | 2',
  'a one-column table': '| a |\n| - |\n| 1 |',
  'a delimiter row without pipes': '| a |\n---\n',
  'a head row without pipes': 'a\n|---|',
  'pipes but no table': 'echo a | grep b\n\n---\n\nx | y',
  'a table in a quote': '> | a | b |\n> | - | - |\n> | 1 | 2 |',
  'a table in a list': '- | a | b |\n  | - | - |\n  | 1 | 2 |',
  'a table with CR line endings': '| a | b |\r| - | - |\r| 1 | 2 |',
  'a table with CRLF line endings': '| a | b |\r\n| - | - |\r\n| 1 | 2 |',
  'a table with tabs': '|\ta\t|\n|\t-\t|',
  'a line separator in the head row': '| a\u2028b |\n| - |',
  'a footnote': 'Text.[^1]\n\n[^1]: The note.',
  'a footnote label without a definition': 'Text [^missing] here.',
  strikethrough: '~one~ and ~~two~~ and ~~~three~~~',
  'a task list': '- [ ] open\n- [x] done\n- [X] done\n-\t[\t] tab',
  'a task after an empty list item': '-\r[x] | ',
  'brackets that are not tasks': '- [y] no\n- [] no',
  'front matter': '---\ntitle: "A | b"\ntags: [a, b]\n---\n\nBody with a | pipe\n---',
  'front matter and everything': '---\ntitle: x\n---\n| a |\n|--|\n~~s~~ [^n] www.x.y a@b.cd\n\n[^n]: n\n\n- [ ] t',
};

const fragments = [
  'a',
  'word',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '|',
  ' | ',
  '-',
  '--',
  '---',
  ':',
  ':-:',
  '> ',
  '- ',
  '* ',
  '1. ',
  '   ',
  'www',
  'www.',
  'WwW.',
  '.',
  'example',
  '.com',
  'http',
  'https',
  '://',
  'http://',
  'https://',
  'HTTPS://',
  'mailto:',
  '@',
  'a@b.co',
  '&',
  '&#64;',
  '&commat;',
  '&#x40;',
  '&amp;',
  '&#119;',
  '&#46;',
  '&#58;',
  '\\@',
  '\\.',
  '\\|',
  '\\',
  '[',
  ']',
  '^',
  '[^',
  '[^1]',
  '[^1]: ',
  '~',
  '~~',
  '[ ]',
  '[x]',
  '[X]',
  '[\t]',
  '(',
  ')',
  '<',
  '>',
  '*',
  '_',
  '`',
  '```\n',
  '#',
  '!',
  '\u2028',
];
const document = fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((parts) => parts.join(''));

describe('parseMarkdown with only the GFM constructs a document can use', () => {
  it.each(Object.entries(edgeCases))('gives the tree remark-gfm gives: %s', (_, markdown) => sameAsRemarkGfm(markdown));

  it('gives the tree remark-gfm gives for every sample post', () => {
    const dir = path.resolve('public/posts');
    const posts = readdirSync(dir).filter((f) => f.endsWith('.md'));
    expect(posts.length).toBeGreaterThan(10);
    for (const post of posts) sameAsRemarkGfm(readFileSync(path.join(dir, post), 'utf8'));
  });

  it('gives the tree remark-gfm gives for random documents of the characters it looks for', () => {
    fc.assert(
      fc.property(document, (markdown) => {
        sameAsRemarkGfm(markdown);
      }),
      { seed, numRuns: runs },
    );
  }, 60_000);
});
