import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it, vi } from 'vitest';
import { elementIds } from '../lib/element-ids.ts';
import { markdownToHast } from './markdown-to-hast.ts';
import { parseMarkdown } from './parse-markdown.ts';

const html = async (markdown: string, base = '/') => toHtml(await markdownToHast(markdown, { base }));

function elements(tree: Root, tagName?: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    if (!tagName || node.tagName === tagName) found.push(node);
  });
  return found;
}

const anchor = (id: string) => `<a class="heading-anchor" aria-hidden="true" tabindex="-1" href="#${id}">#</a>`;

describe('markdownToHast: headings', () => {
  it('gives each heading an id and appends an anchor link to it', async () => {
    expect(await html('# Hello World\n\n## Sub *it*\n\n### Details & more')).toBe(
      [
        `<h1 dir="auto" id="hello-world">Hello World${anchor('hello-world')}</h1>`,
        `<h2 dir="auto" id="sub-it">Sub <em>it</em>${anchor('sub-it')}</h2>`,
        `<h3 dir="auto" id="details--more">Details &#x26; more${anchor('details--more')}</h3>`,
      ].join('\n'),
    );
  });

  it('makes repeated headings unique', async () => {
    const tree = await markdownToHast('## Setup\n\n## Setup\n\n## Setup', { base: '/' });
    expect(elements(tree, 'h2').map((h) => h.properties.id)).toEqual(['setup', 'setup-1', 'setup-2']);
  });

  it('never gives a heading an id that the page itself uses', async () => {
    // The app shell has <div id="QuireApp">, <main id="QuireMain"> and the boot data <script id="QuireBoot">;
    // a heading with one of these ids would shadow it (getElementById returns the first).
    const shell = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
    const reserved = [...[...shell.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]), ...Object.values(elementIds)];
    expect(reserved).toContain('QuireApp');
    const tree = await markdownToHast(reserved.map((id) => `## ${id}`).join('\n\n') + '\n\n## Root\n\n## Main', { base: '/' });
    const headings = elements(tree, 'h2');
    expect(headings).toHaveLength(reserved.length + 2);
    for (const heading of headings) {
      const id = String(heading.properties.id);
      expect(reserved).not.toContain(id);
      const link = heading.children.at(-1) as Element;
      expect(link.properties.href).toBe(`#${id}`);
    }
  });
});

describe('markdownToHast: GFM', () => {
  it('renders tables with alignment as classes, in a focusable scroll region', async () => {
    expect(await html('| Left | Right | Center |\n|:--|--:|:-:|\n| `a` | **b** | c |')).toBe(
      '<div class="table-scroll" role="region" aria-label="Table 1" tabindex="0"><table>\n<thead>\n<tr>\n<th dir="auto" class="align-left">Left</th>\n<th dir="auto" class="align-right">Right</th>\n<th dir="auto" class="align-center">Center</th>\n</tr>\n</thead>\n' +
        '<tbody>\n<tr>\n<td dir="auto" class="align-left"><code>a</code></td>\n<td dir="auto" class="align-right"><strong>b</strong></td>\n<td dir="auto" class="align-center">c</td>\n</tr>\n</tbody>\n</table></div>',
    );
  });

  it('renders task lists with disabled, labelled checkboxes', async () => {
    expect(await html('- [ ] todo\n- [x] done')).toBe(
      '<ul class="contains-task-list">\n' +
        '<li dir="auto" class="task-list-item"><input type="checkbox" disabled aria-label="Not done"> todo</li>\n' +
        '<li dir="auto" class="task-list-item"><input type="checkbox" checked disabled aria-label="Done"> done</li>\n</ul>',
    );
  });

  it('renders strikethrough as <del>', async () => {
    expect(await html('~~gone~~ and ~one~')).toBe('<p dir="auto"><del>gone</del> and <del>one</del></p>');
  });

  it('renders footnotes whose links point at ids that exist, both ways', async () => {
    const tree = await markdownToHast('Text[^note] and[^2].\n\n[^note]: The note.\n\n[^2]: Two.', { base: '/' });
    const ids = new Set(
      elements(tree)
        .map((e) => e.properties.id)
        .filter((id) => typeof id === 'string'),
    );
    const refs = elements(tree, 'a').filter((a) => 'dataFootnoteRef' in a.properties);
    const backs = elements(tree, 'a').filter((a) => 'dataFootnoteBackref' in a.properties);
    expect(refs.map((a) => a.properties.href)).toEqual(['#user-content-fn-note', '#user-content-fn-2']);
    expect(backs.map((a) => a.properties.href)).toEqual(['#user-content-fnref-note', '#user-content-fnref-2']);
    for (const a of [...refs, ...backs]) expect(ids).toContain(String(a.properties.href).slice(1));
    // Every in-page link of the post resolves.
    for (const a of elements(tree, 'a')) {
      const href = String(a.properties.href);
      if (href.startsWith('#')) expect(ids).toContain(decodeURIComponent(href.slice(1)));
    }
  });

  it('turns bare URLs, www. addresses and e-mail addresses into links', async () => {
    expect(await html('see https://example.com/x ok, www.example.com, a@b.co and <https://x.y/z>')).toBe(
      '<p dir="auto">see <a href="https://example.com/x">https://example.com/x</a> ok, <a href="http://www.example.com">www.example.com</a>, ' +
        '<a href="mailto:a@b.co">a@b.co</a> and <a href="https://x.y/z">https://x.y/z</a></p>',
    );
  });
});

describe('markdownToHast: code', () => {
  it('highlights a fenced block in a known language with hljs classes', async () => {
    expect(await html('```go\nfunc main() {}\n```')).toBe(
      '<pre><code class="hljs language-go"><span class="hljs-function"><span class="hljs-keyword">func</span> ' +
        '<span class="hljs-title">main</span><span class="hljs-params">()</span></span> {}\n</code></pre>',
    );
  });

  it('knows the language name in any case', async () => {
    expect(await html('```GO\nx := 1\n```')).toBe(
      '<pre><code class="hljs language-GO">x := <span class="hljs-number">1</span>\n</code></pre>',
    );
  });

  it('leaves a block in an unknown language, or in none, plain and escaped', async () => {
    expect(await html('```zzz\nfoo <b>\n```')).toBe('<pre><code class="language-zzz">foo &#x3C;b>\n</code></pre>');
    expect(await html('```\nplain <x>\n```')).toBe('<pre><code>plain &#x3C;x>\n</code></pre>');
  });

  it('does not highlight inline code', async () => {
    expect(await html('Run `go run main.go`.')).toBe('<p dir="auto">Run <code>go run main.go</code>.</p>');
  });

  it('for a reader waiting, leaves code plain while the highlighter loads; the same tree is highlighted after', async () => {
    vi.resetModules();
    const { mdastToHastNow } = await import('./markdown-to-hast.ts');
    const { highlightCode } = await import('./plugins/rehype-highlight-when-needed.ts');
    const { tree, codeLeftPlain } = await mdastToHastNow(parseMarkdown('Go:\n\n```go\nx := 1\n```'), { base: '/' });
    expect(codeLeftPlain).toBe(true);
    expect(toHtml(tree)).toBe('<p dir="auto">Go:</p>\n<pre><code class="language-go">x := 1\n</code></pre>');
    await highlightCode(tree);
    expect(toHtml(tree)).toContain('<code class="hljs language-go">x := <span class="hljs-number">1</span>');
    // Loaded now: the next render waits for nothing and highlights at once.
    const next = await mdastToHastNow(parseMarkdown('```go\ny := 2\n```'), { base: '/' });
    expect(next.codeLeftPlain).toBe(false);
    expect(toHtml(next.tree)).toContain('hljs-number');
  });
});

describe('markdownToHast: images and links', () => {
  it('loads images lazily and keeps their alt text and title', async () => {
    expect(await html('![alt text](images/a.png "Title")')).toBe(
      '<p dir="auto"><img src="/posts/images/a.png" alt="alt text" title="Title" loading="lazy" decoding="async"></p>',
    );
    expect(await html('![](https://example.com/a.png)')).toBe(
      '<p dir="auto"><img src="https://example.com/a.png" alt="" loading="lazy" decoding="async"></p>',
    );
  });

  it('resolves relative image paths against the posts folder, under the base path', async () => {
    expect(await html('![a](images/a.png)', '/blog/')).toBe(
      '<p dir="auto"><img src="/blog/posts/images/a.png" alt="a" loading="lazy" decoding="async"></p>',
    );
    expect(await html('![a](./images/a%20b.png?v=2#f)', '/')).toBe(
      '<p dir="auto"><img src="/posts/images/a%20b.png?v=2#f" alt="a" loading="lazy" decoding="async"></p>',
    );
  });

  it.each([
    ['/', '[x](./other-post.md#x)', '/posts/other-post#x'],
    ['/', '[x](other-post.md)', '/posts/other-post'],
    ['/', '[x](images/a.png?v=2#frag)', '/posts/images/a.png?v=2#frag'],
    ['/', '[x](/tags/go)', '/tags/go'],
    ['/', '[x](https://example.com/a?b=c#d)', 'https://example.com/a?b=c#d'],
    ['/', '[x](http://example.com)', 'http://example.com'],
    ['/', '[x](mailto:me@example.com)', 'mailto:me@example.com'],
    ['/', '[x](#section)', '#section'],
    ['/blog/', '[x](./other-post.md#x)', '/blog/posts/other-post#x'],
    ['/blog/', '[x](other-post.md)', '/blog/posts/other-post'],
    ['/blog/', '[x](/tags/go)', '/blog/tags/go'],
    ['/blog/', '[x](https://example.com/a)', 'https://example.com/a'],
    ['/blog/', '[x](#section)', '#section'],
  ])('base %j: %s → href %j', async (base, markdown, href) => {
    const tree = await markdownToHast(markdown, { base });
    expect(elements(tree, 'a').map((a) => a.properties.href)).toEqual([href]);
  });

  it('points a link at a raw HTML id to its prefixed id', async () => {
    expect(await html('<h2 id="raw">Raw</h2>\n\n[to raw](#raw)')).toBe(
      `<h2 dir="auto" id="user-content-raw">Raw${anchor('user-content-raw')}</h2>\n<p dir="auto"><a href="#user-content-raw">to raw</a></p>`,
    );
  });
});

describe('markdownToHast: text direction', () => {
  it('lets each block of text take its direction from its text, keeping a dir the author wrote', async () => {
    expect(await html('<p dir="rtl">שלום</p>\n\n- item\n\n> quote')).toBe(
      '<p dir="rtl">שלום</p>\n<ul>\n<li dir="auto">item</li>\n</ul>\n<blockquote dir="auto">\n<p dir="auto">quote</p>\n</blockquote>',
    );
  });
});

describe('markdownToHast: other content', () => {
  it('drops the <!-- more --> marker and other comments', async () => {
    expect(await html('Intro\n\n<!-- more -->\n\nRest <!-- note -->')).toBe('<p dir="auto">Intro</p>\n\n<p dir="auto">Rest </p>');
    expect(await html('Intro\n\n<!--more-->\n\nRest')).toBe('<p dir="auto">Intro</p>\n\n<p dir="auto">Rest</p>');
  });

  it('does not render the front matter', async () => {
    expect(await html('---\ntitle: Hi\ndate: 2024-01-01\n---\n\nBody.')).toBe('<p dir="auto">Body.</p>');
  });

  it('keeps harmless inline HTML', async () => {
    expect(await html('Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, <ins>new</ins>.')).toBe(
      '<p dir="auto">Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, <ins>new</ins>.</p>',
    );
  });

  it('gives ids and names from raw HTML the user-content- prefix', async () => {
    expect(await html('<div id="foo">x</div>')).toBe('<div id="user-content-foo">x</div>');
    expect(await html('<a id="x" name="y">x</a>')).toBe('<p dir="auto"><a id="user-content-x" name="user-content-y">x</a></p>');
  });

  it('gives the same result for the same input every time (processors are cached per base)', async () => {
    const markdown = '## A\n\n![a](images/a.png)\n\n```go\nx := 1\n```';
    const first = await html(markdown, '/blog/');
    await html(markdown, '/');
    expect(await html(markdown, '/blog/')).toBe(first);
    expect(first).toContain('src="/blog/posts/images/a.png"');
  });
});

describe('markdownToHast: URL schemes (GFM spec)', () => {
  it('keeps URLs whose scheme is written in capitals', async () => {
    expect(await html('[a](HTTPS://example.com) ![i](HTTPS://example.com/a.png) <MAILTO:x@y.z>')).toBe(
      '<p dir="auto"><a href="HTTPS://example.com">a</a> <img src="HTTPS://example.com/a.png" alt="i" loading="lazy" decoding="async"> <a href="MAILTO:x@y.z">MAILTO:x@y.z</a></p>',
    );
  });

  it('reads a colon after characters a scheme cannot have as part of a relative path', async () => {
    expect(await html('[link](foo\\)\\:)', 'https://example.com/')).toBe(
      '<p dir="auto"><a href="https://example.com/posts/foo):">link</a></p>',
    );
  });

  it('asks for an image written with http over https, which the CSP allows, in Markdown and in HTML', async () => {
    expect(
      await html('![i](HTTP://example.com/a.png) <img src="http://example.com/b.png" alt="b"> [link](http://example.com)'),
    ).toBe(
      '<p dir="auto"><img src="https://example.com/a.png" alt="i" loading="lazy" decoding="async"> <img src="https://example.com/b.png" alt="b" loading="lazy" decoding="async"> <a href="http://example.com">link</a></p>',
    );
  });

  it('still drops unsafe schemes in any case', async () => {
    expect(await html('[a](JavaScript:alert(1)) <a href="JAVA&#x09;SCRIPT:alert(1)">b</a>')).toBe(
      '<p dir="auto"><a>a</a> <a>b</a></p>',
    );
  });
});

describe('markdownToHast: raw HTML that would swallow the post (GFM tag filter)', () => {
  it('renders the Markdown after an unclosed <title>, <textarea>, <xmp>, <plaintext>…', async () => {
    const names = ['title', 'textarea', 'xmp', 'plaintext', 'iframe', 'noembed', 'noframes', 'script', 'style'];
    // As a block of its own (`<script>`, `<style>` and `<textarea>` blocks run to their end
    // tag in CommonMark, so they only swallow as HTML inside a paragraph).
    const blocks = names.filter((name) => !['script', 'style', 'textarea'].includes(name)).map((name) => `<${name}>`);
    for (const start of [...blocks, ...names.map((name) => `Some <${name}> text`)]) {
      const tree = await markdownToHast(`${start}\n\n# Heading\n\nSome *text*.`, { base: '/' });
      expect(
        elements(tree, 'h1').map((h) => h.properties.id),
        start,
      ).toEqual(['heading']);
      expect(elements(tree, 'em'), start).toHaveLength(1);
    }
  });

  it('does not show the text of a raw <style>', async () => {
    expect(await html('<style>p { color: red }</style>\n\nA *b* <style>.x{}</style> c')).toBe(
      '\n<p dir="auto">A <em>b</em>  c</p>',
    );
  });
});

describe('markdownToHast: code blocks in posts with raw HTML', () => {
  it('keeps the blank first line of a fenced code block', async () => {
    for (const markdown of ['```\n\nfoo\n```', '```js\n\n\nfoo\n```', '    \n    foo']) {
      const plain = await html(markdown);
      expect(await html(`<div></div>\n\n${markdown}`), markdown).toBe(`<div></div>\n${plain}`);
    }
    expect(await html('<div></div>\n\n```\n\nfoo\n```')).toBe('<div></div>\n<pre><code>\nfoo\n</code></pre>');
  });

  it('still drops the newline after a raw <pre>, as HTML does', async () => {
    expect(await html('<pre>\nfoo</pre>')).toBe('<pre>foo</pre>');
  });
});
