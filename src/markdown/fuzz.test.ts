// @vitest-environment jsdom
/**
 * Fuzzing the renderer (issue 4, item 5): random Markdown built from Markdown syntax, raw
 * HTML from an allowlist and a denylist, event handlers, URLs with dangerous schemes
 * (mixed case, entity-encoded, split by whitespace), unicode and very long lines goes
 * through markdownToHast. It never throws, finishes in bounded time, and its output,
 * serialized as feeds have it (hast-util-to-html) and as a page shows it (body-html.ts), then
 * parsed again by an HTML parser, holds no script, embedding element, handler or dangerous URL.
 *
 * Seeded, so a failure is reproducible; fast-check prints the shrunk counterexample.
 */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlProblems, treeProblems } from '../../e2e/unsafe-markup.ts';
import { bodyHtml } from './body-html.ts';
import { markdownToHast } from './markdown-to-hast.ts';

/** Fixed, so failures reproduce; FUZZ_SEED and FUZZ_RUNS explore further (e.g. FUZZ_SEED=7 FUZZ_RUNS=5000). */
const seed = Number(process.env.FUZZ_SEED ?? 20240401);
const runs = Number(process.env.FUZZ_RUNS ?? 300);
/** Per case: generous for a loaded CI machine, far below what a super-linear blow-up takes. */
// A guard against hangs (endless loops), not a speed test: speed is the benchmark's job.
const caseBudgetMs = 30_000;

// ------------------------------------------------------------------------------------------
// Arbitraries.

const allowedTags = [
  'p',
  'div',
  'span',
  'a',
  'img',
  'b',
  'i',
  'em',
  'strong',
  'code',
  'pre',
  'kbd',
  'sub',
  'sup',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'ul',
  'ol',
  'li',
  'blockquote',
  'details',
  'summary',
  'h1',
  'h2',
  'h3',
  'hr',
  'br',
  'dl',
  'dt',
  'dd',
  'del',
  'ins',
  'picture',
  'source',
  'input',
  'q',
  'abbr',
  'section',
];
const deniedTags = [
  'script',
  'SCRIPT',
  'ScRiPt',
  'iframe',
  'object',
  'embed',
  'applet',
  'style',
  'svg',
  'math',
  'mglyph',
  'mtext',
  'annotation-xml',
  'foreignObject',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'textarea',
  'title',
  'xmp',
  'listing',
  'plaintext',
  'form',
  'button',
  'base',
  'meta',
  'link',
  'frameset',
  'frame',
  'body',
  'html',
  'head',
  'select',
  'option',
  'marquee',
  'video',
  'audio',
  'isindex',
  'animate',
  'set',
  'use',
  'image',
  'portal',
  'dialog',
  'slot',
  'canvas',
  'map',
  'area',
];
const handlers = [
  'onerror',
  'onload',
  'onclick',
  'onmouseover',
  'onfocus',
  'ontoggle',
  'onbegin',
  'onanimationstart',
  'OnErRoR',
  'onpointerenter',
];
const urlAttributes = [
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
  'data',
  'cite',
  'ping',
  'longdesc',
  'HREF',
  'SrC',
];
const otherAttributes = [
  'style',
  'id',
  'name',
  'class',
  'srcdoc',
  'autofocus',
  'http-equiv',
  'content',
  'type',
  'title',
  'alt',
  'is',
  'open',
  'checked',
  'disabled',
];

const schemes = [
  'javascript:',
  'vbscript:',
  'data:text/html,',
  'data:image/svg+xml,',
  'livescript:',
  'JaVaScRiPt:',
  'JAVASCRIPT:',
];
const code = fc.constantFrom('alert(1)', "__pwned('fuzz')", '%0Aalert(1)', '//%0Aalert(1)', '<script>alert(1)</script>');

/** A character as written, or as an HTML/Markdown character reference. */
const encodedChar = (c: string) =>
  fc.constantFrom(
    c,
    c,
    `&#${c.charCodeAt(0)};`,
    `&#x${c.charCodeAt(0).toString(16)};`,
    `&#X${c.charCodeAt(0).toString(16).toUpperCase()};`,
    `&#000${c.charCodeAt(0)};`,
  );

/** A dangerous scheme, possibly mixed-case, entity-encoded, split or padded as browsers forgive. */
const dangerousUrl = fc
  .record({
    scheme: fc.constantFrom(...schemes),
    lead: fc.constantFrom('', ' ', '  ', '\t', '&#32;', '&#x09;', '\u0001', '&#0;', '\u00a0'),
    at: fc.nat({ max: 10 }),
    split: fc.constantFrom('', '\t', '\n', '&#x09;', '&#10;', '&#13;', '&Tab;', '&NewLine;', '\u200b'),
    colon: fc.constantFrom(':', ':', '&colon;', '&#58;', '&#x3A;'),
    body: code,
    encode: fc.boolean(),
  })
  .chain(({ scheme, lead, at, split, colon, body, encode }) => {
    const cut = Math.min(at, scheme.length - 1);
    const name = (scheme.slice(0, cut) + split + scheme.slice(cut)).replace(':', '');
    const rest = scheme.slice(scheme.indexOf(':') + 1);
    if (!encode) return fc.constant(lead + name + colon + rest + body);
    return fc.tuple(...[...name].map(encodedChar)).map((chars) => lead + chars.join('') + colon + rest + body);
  });

const safeUrl = fc.constantFrom(
  'https://example.com/a',
  '/tags/go',
  'images/a.png',
  '#x',
  'mailto:a@example.com',
  './other-post.md',
  '//cdn.example.com/x',
  '',
);
const url = fc.oneof({ weight: 3, arbitrary: dangerousUrl }, { weight: 1, arbitrary: safeUrl });

const quoted = (value: string) =>
  fc.constantFrom(`"${value.replace(/"/g, '&quot;')}"`, `'${value.replace(/'/g, '&#39;')}'`, value.replace(/[\s>]/g, ''));

const attribute = fc.oneof(
  fc.tuple(fc.constantFrom(...handlers), code).chain(([name, body]) => quoted(body).map((v) => `${name}=${v}`)),
  fc
    .tuple(fc.constantFrom(...urlAttributes), url)
    .chain(([name, value]) =>
      quoted(name.toLowerCase().endsWith('srcset') ? `x.png 1x, ${value} 2x` : value).map((v) => `${name}=${v}`),
    ),
  fc
    .tuple(
      fc.constantFrom(...otherAttributes),
      fc.constantFrom(
        'QuireBoot',
        'QuireApp',
        'getElementById',
        'background:url(javascript:alert(1))',
        'width:expression(alert(1))',
        'refresh',
        '0;url=javascript:alert(1)',
        'checkbox',
        'text',
        '<script>alert(1)</script>',
        '',
      ),
    )
    .chain(([name, value]) => quoted(value).map((v) => `${name}=${v}`)),
);

const separator = fc.constantFrom(' ', '  ', '\t', '\n', '/');
const attributes = fc
  .array(
    fc.tuple(separator, attribute).map(([s, a]) => s + a),
    { maxLength: 4 },
  )
  .map((list) => list.join(''));

const openTag = fc
  .tuple(
    fc.oneof(fc.constantFrom(...allowedTags), fc.constantFrom(...deniedTags)),
    attributes,
    fc.constantFrom('>', ' >', '/>', '\n>'),
  )
  .map(([name, attrs, end]) => ({ name, text: `<${name}${attrs}${end}` }));

const text = fc.oneof(
  fc.constantFrom(
    'hello',
    'world',
    'Über',
    'שלום',
    '日本語',
    '👩‍💻',
    '\u202e',
    '\u0000',
    '\uFEFF',
    'ﬁ',
    '&amp;',
    '&lt;script&gt;',
    '&#0;',
    '&#x110000;',
    '\\',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

const element = fc
  .tuple(
    openTag,
    fc.array(
      fc.oneof(
        text,
        openTag.map((t) => t.text),
      ),
      { maxLength: 3 },
    ),
    fc.boolean(),
  )
  .map(([open, inner, close]) => open.text + inner.join('') + (close ? `</${open.name}>` : ''));

const markdownConstruct = fc.oneof(
  url.map((u) => `[link](${u})`),
  url.map((u) => `[link](<${u}>)`),
  url.map((u) => `![image](${u})`),
  url.map((u) => `[link](${u} "title")`),
  url.map((u) => `<${u.replace(/[\s<>]/g, '')}>`),
  url.map((u) => `[ref][r]\n\n[r]: ${u}\n`),
  url.map((u) => `![ref][i]\n\n[i]: <${u.replace(/[<>\n]/g, '')}>\n`),
  element.map((e) => `[${e}](https://example.com)`),
  element.map((e) => `| a | b |\n| --- | --- |\n| ${e.replace(/\n/g, ' ')} | x |\n`),
  element.map((e) => `- [ ] ${e}\n- [x] done`),
  element.map((e) => `> ${e}`),
  element.map((e) => `# ${e.replace(/\n/g, ' ')}`),
  element.map((e) => `x[^n]\n\n[^n]: ${e}\n`),
  element.map((e) => '```html\n' + e + '\n```'),
  element.map((e) => `\`${e}\``),
);

const syntax = fc.constantFrom(
  '# ',
  '## ',
  '###### ',
  '- ',
  '* ',
  '1. ',
  '> ',
  '```',
  '```js\n',
  '~~~\n',
  '`',
  '*',
  '_',
  '**',
  '~~',
  '[',
  ']',
  '](',
  ')',
  '![',
  '|',
  '| --- |',
  '---',
  '***',
  '\n',
  '\n\n',
  '    ',
  '- [ ] ',
  '[^1]',
  '[^1]: ',
  '<!-- more -->',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?',
  '?>',
  '<!DOCTYPE html>',
  '</',
  '<',
  '>',
  '"',
  "'",
  '=',
  'www.example.com',
  'https://example.com',
  '\\<',
  '&',
);

/**
 * A very long line (up to 10 000 characters) of a repeated fragment. Fragments close what
 * they open: nesting thousands of levels deep is its own test below.
 */
const longLine = fc
  .tuple(
    fc.oneof(
      fc.constantFrom(
        'a',
        'ab ',
        '*',
        '_',
        '[',
        '`',
        '\\',
        '&#106;',
        'é',
        '👩‍💻',
        '<b>x</b>',
        '<img src=x onerror=alert(1)>',
        '|',
        'https://x.example/ ',
      ),
      url.map((u) => `[x](${u}) `),
      element.filter((e) => !/<(?!\/)/.test(e.slice(1)) && /<\//.test(e)),
    ),
    fc.integer({ min: 1_000, max: 10_000 }),
  )
  .map(([fragment, length]) => fragment.repeat(Math.ceil(length / fragment.length)).slice(0, length));

const shortMarkdown = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: element },
      { weight: 3, arbitrary: markdownConstruct },
      { weight: 3, arbitrary: syntax },
      { weight: 3, arbitrary: text },
    ),
    { minLength: 1, maxLength: 30 },
  )
  .chain((parts) =>
    fc.tuple(
      fc.constant(parts),
      fc.array(fc.constantFrom('', ' ', '\n', '\n\n'), { minLength: parts.length, maxLength: parts.length }),
    ),
  )
  .map(([parts, glue]) => parts.map((p, i) => p + glue[i]).join(''));

/** Mostly short documents; one in eight carries a very long line somewhere. */
const markdown = fc.oneof(
  { weight: 7, arbitrary: shortMarkdown },
  {
    weight: 1,
    arbitrary: fc
      .tuple(shortMarkdown, longLine, shortMarkdown, fc.constantFrom('', '\n', '\n\n', ' '))
      .map(([before, line, after, glue]) => before + glue + line + glue + after),
  },
);

const base = fc.constantFrom('/', '/blog/', 'https://example.com/blog/');

interface Rendered {
  tree: Root;
  ms: number;
  /** As feeds have it. */
  html: string;
  /** As a page shows it (prerendered, and set by the browser). */
  markup: string;
}

const renders = new Map<string, Promise<Rendered>>();

const pageHtml = (tree: Root) => {
  const { first, rest } = bodyHtml(tree);
  return first + rest;
};

/** Renders once per input (the properties below share one stream of inputs), failing rather than hanging. */
function render(input: string, renderBase: string): Promise<Rendered> {
  const key = `${renderBase}\u0000${input}`;
  let result = renders.get(key);
  if (!result) {
    result = (async () => {
      const started = performance.now();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`markdownToHast did not finish within ${caseBudgetMs} ms`)), caseBudgetMs);
      });
      try {
        const tree = await Promise.race([markdownToHast(input, { base: renderBase }), timeout]);
        const ms = performance.now() - started;
        return {
          tree,
          ms,
          html: toHtml(tree),
          markup: pageHtml(tree),
        };
      } finally {
        clearTimeout(timer);
      }
    })();
    renders.set(key, result);
  }
  return result;
}

const urlProblem = (problem: string) => /^[\w:-]+="/.test(problem);
const options = { seed, numRuns: runs, interruptAfterTimeLimit: 60_000 };

// ------------------------------------------------------------------------------------------

describe('fuzzing the renderer', () => {
  it('the generators produce what they are meant to (dangerous URLs, handlers, denied tags, long lines)', () => {
    const sample = fc.sample(markdown, { numRuns: 200, seed });
    const all = sample.join('\n');
    expect(all).toMatch(/javascript/i);
    expect(all).toMatch(/&#x?0*[0-9a-f]+;/i);
    expect(all).toMatch(/\bon[a-z]+=/i);
    expect(all).toMatch(/<script/i);
    expect(all).toMatch(/<svg|<math/);
    expect(all).toMatch(/\]\(/);
    expect(sample.some((s) => s.split('\n').some((line) => line.length > 5_000))).toBe(true);
    // The checks catch what they must.
    expect(htmlProblems('<img src=x onerror=alert(1)>')).toEqual(['onerror= on <img>']);
    expect(htmlProblems('<a href="java\tscript:alert(1)">x</a>')).toHaveLength(1);
    expect(htmlProblems('<img srcset="a.png 1x, javascript:alert(1) 2x">')).toHaveLength(1);
    expect(htmlProblems('<svg><a href="x">y</a></svg>')).toContain('<svg> element');
    expect(htmlProblems('<a href="https://example.com" id="user-content-x">x</a><h2 id="a-b">t</h2>')).toEqual([]);
  });

  // Three properties over the same seeded inputs, so that one kind of failure cannot hide another.
  it(`random Markdown never throws and does not hang (${runs} runs, seed ${seed})`, { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(markdown, base, async (input, renderBase) => {
        const { ms } = await render(input, renderBase);
        expect(ms, 'render time (ms)').toBeLessThan(caseBudgetMs);
      }),
      options,
    );
  });

  it(
    `random Markdown renders no script, embedding element, event handler or style (${runs} runs, seed ${seed})`,
    { timeout: 120_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(markdown, base, async (input, renderBase) => {
          const result = await render(input, renderBase).catch(() => undefined);
          if (!result) return; // a crash is the property above
          expect(treeProblems(result.tree).filter((p) => !urlProblem(p))).toEqual([]);
          expect(htmlProblems(result.html).filter((p) => !urlProblem(p))).toEqual([]);
          expect(htmlProblems(result.markup).filter((p) => !urlProblem(p))).toEqual([]);
        }),
        options,
      );
    },
  );

  it(
    `random Markdown renders no javascript:, vbscript: or data: URL in any attribute (${runs} runs, seed ${seed})`,
    { timeout: 120_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(markdown, base, async (input, renderBase) => {
          const result = await render(input, renderBase).catch(() => undefined);
          if (!result) return;
          expect(treeProblems(result.tree).filter(urlProblem)).toEqual([]);
          expect(htmlProblems(result.html).filter(urlProblem)).toEqual([]);
          expect(htmlProblems(result.markup).filter(urlProblem)).toEqual([]);
        }),
        options,
      );
    },
  );

  // Not random: nesting deep enough to overflow a recursive tree walk (a few kilobytes of text).
  it.each([
    ['blockquotes', '> '],
    ['raw <div>', '<div>'],
    ['raw <b> (formatting elements)', '<b>'],
  ])('%s nested 10 000 deep: no crash, and still sanitized', { timeout: 30_000 }, async (_name, fragment) => {
    const input = `${fragment.repeat(10_000)}<img src=x onerror=alert(1)> [x](javascript:alert(1))`;
    const tree = await markdownToHast(input, { base: '/' });
    expect(htmlProblems(toHtml(tree))).toEqual([]);
  });

  it('lists nested 1000 deep (2 kB of Markdown) render without hanging', { timeout: 30_000 }, async () => {
    const started = performance.now();
    await render(`${'- '.repeat(1_000)}x`, '/');
    expect(performance.now() - started, 'render time (ms)').toBeLessThan(caseBudgetMs);
  });
});
