import { describe, expect, it } from 'vitest';
import { bodyHtml, firstScreenElements, phoneScreenful } from './body-html.ts';
import { markdownToHast } from './markdown-to-hast.ts';

const html = async (markdown: string) => {
  const { first, rest } = bodyHtml(await markdownToHast(markdown, { base: '/' }));
  return first + rest;
};

describe('bodyHtml (base "/")', () => {
  // A #fragment stays one: it belongs to the page the text is on (link-target.ts).
  it('renders headings with their ids and anchors', async () => {
    expect(await html('שלום עולם')).toBe('<p dir="auto">שלום עולם</p>');
    expect(await html('## Hello World')).toBe(
      '<h2 dir="auto" id="hello-world">Hello World<a class="heading-anchor" aria-hidden="true" tabindex="-1" href="#hello-world">#</a></h2>',
    );
  });

  it('resolves in-app, external and file links (which of them the router follows: link-target.test.ts)', async () => {
    expect(await html('[post](./other-post.md#x) [site](https://example.com/a) [file](images/a.png) [tag](/tags/go)')).toBe(
      '<p dir="auto"><a href="/posts/other-post#x">post</a> <a href="https://example.com/a">site</a> ' +
        '<a href="/posts/images/a.png">file</a> <a href="/tags/go">tag</a></p>',
    );
  });

  it('renders images lazily with their alt text', async () => {
    expect(await html('![a gopher](images/go.png)')).toBe(
      '<p dir="auto"><img src="/posts/images/go.png" alt="a gopher" loading="lazy" decoding="async"></p>',
    );
  });

  it('aligns table columns with classes, never an inline style the CSP would block', async () => {
    const out = await html('| Left | Right | Center |\n|:--|--:|:-:|\n| a | b | c |');
    expect(out).not.toMatch(/ style=| align=/);
    expect(out).toContain(
      '<th dir="auto" class="align-left">Left</th>\n<th dir="auto" class="align-right">Right</th>\n<th dir="auto" class="align-center">Center</th>',
    );
    expect(out).toContain(
      '<td dir="auto" class="align-left">a</td>\n<td dir="auto" class="align-right">b</td>\n<td dir="auto" class="align-center">c</td>',
    );
  });

  it('wraps fenced code in a block with a copy button, keeping the highlighting', async () => {
    expect(await html('```go\nx := 1\n```')).toBe(
      '<div class="code-block"><button type="button" class="copy-button">Copy</button>' +
        '<pre tabindex="0"><code class="hljs language-go">x := <span class="hljs-number">1</span>\n</code></pre></div>',
    );
  });

  it('wraps code blocks wherever they are, and leaves the tree it was given as it was', async () => {
    const tree = await markdownToHast('- item\n\n  ```\n  plain\n  ```\n\n> ```\n> quoted\n> ```', { base: '/' });
    const before = structuredClone(tree);
    const { first } = bodyHtml(tree);
    expect(
      first.match(/<div class="code-block"><button type="button" class="copy-button">Copy<\/button><pre tabindex="0">/g),
    ).toHaveLength(2);
    expect(tree).toEqual(before);
  });

  it('renders task list checkboxes read-only with labels', async () => {
    expect(await html('- [x] done')).toBe(
      '<ul class="contains-task-list">\n<li dir="auto" class="task-list-item"><input type="checkbox" checked disabled aria-label="Done"> done</li>\n</ul>',
    );
  });

  it('renders footnote links to this page', async () => {
    const out = await html('Text[^1]\n\n[^1]: Note.');
    expect(out).toContain(
      '<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="user-content-footnote-label">1</a>',
    );
    expect(out).toContain('<li dir="auto" id="user-content-fn-1">');
    expect(out).toContain('<a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Back to reference 1"');
  });
});

describe('bodyHtml: two parts and a table of contents', () => {
  const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1}.`).join('\n\n');

  // Paragraphs of a quarter of a phone's screenful each.
  const long = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1}. ${'word '.repeat(phoneScreenful / 20)}`.trim()).join(
    '\n\n',
  );

  it("ends the first part with the paragraph that fills a phone's screen; the parts join to the whole", async () => {
    const { first, rest } = bodyHtml(await markdownToHast(long, { base: '/' }));
    expect(first).toContain('Paragraph 4.');
    expect(first).not.toContain('Paragraph 5.');
    expect(rest).toMatch(/^\n<p dir="auto">Paragraph 5\./);
    expect(first + rest).toBe(await html(long));
  });

  it('a larger screen gets a longer first part', async () => {
    const { first } = bodyHtml(await markdownToHast(long, { base: '/' }), phoneScreenful * 1.25);
    expect(first).toContain('Paragraph 5.');
    expect(first).not.toContain('Paragraph 6.');
  });

  it('however short its elements, the first part holds at most a few of them', async () => {
    const tree = await markdownToHast(paragraphs(20), { base: '/' });
    const { first, rest } = bodyHtml(tree);
    expect(first).toContain(`Paragraph ${firstScreenElements}.`);
    expect(first).not.toContain(`Paragraph ${firstScreenElements + 1}.`);
    expect(rest).toContain('Paragraph 20.');
    expect(first + rest).toBe(await html(paragraphs(20)));
    expect(bodyHtml(await markdownToHast(paragraphs(firstScreenElements), { base: '/' })).rest).toBe('');
  });

  it('a short text is all in its first part', async () => {
    expect(bodyHtml(await markdownToHast(paragraphs(3), { base: '/' })).rest).toBe('');
  });

  it("lists the text's h2 and h3 headings, wherever they fall", async () => {
    const tree = await markdownToHast(`## One\n\n${paragraphs(14)}\n\n### Two`, { base: '/' });
    expect(bodyHtml(tree).toc).toEqual([
      { id: 'one', text: 'One', depth: 2 },
      { id: 'two', text: 'Two', depth: 3 },
    ]);
  });
});
