// @vitest-environment jsdom
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { markdownToHast } from '../../markdown/markdown-to-hast.ts';
import { tableOfContents } from '../../markdown/toc.ts';
import { readPrerenderedBody, tocOfElement } from './prerendered-body.ts';

const post = `# Not in the table

Text with a footnote.[^1]

## First *section* with \`code\`

### A part of it

## Second & last

#### Too deep

[^1]: The note.
`;

describe('tocOfElement', () => {
  it('finds in the rendered HTML the table of contents markdown/toc.ts finds in the tree', async () => {
    const tree = await markdownToHast(post, { base: '/' });
    const body = document.createElement('div');
    body.innerHTML = toHtml(tree);
    expect(tableOfContents(tree).length).toBe(3);
    expect(tocOfElement(body)).toEqual(tableOfContents(tree));
  });
});

describe('readPrerenderedBody', () => {
  it("reads the post's body from the page, with its path", () => {
    const page = document.createElement('div');
    page.innerHTML = `<main><article class="post"><h1>T</h1><div class="prose"><div class="prose-part"><p>Hello <a href="/x">x</a></p></div><div class="prose-part"><p>More</p></div></div></article></main>`;
    expect(readPrerenderedBody(page, '/posts/t')).toEqual({
      path: '/posts/t',
      first: '<p>Hello <a href="/x">x</a></p>',
      rest: '<p>More</p>',
      toc: [],
    });
  });
  it('a short text: no second part', () => {
    const page = document.createElement('div');
    page.innerHTML = `<main><article class="post"><h1>T</h1><div class="prose"><div class="prose-part"><p>Hi</p></div></div></article></main>`;
    expect(readPrerenderedBody(page, '/posts/t')).toEqual({ path: '/posts/t', first: '<p>Hi</p>', rest: '', toc: [] });
  });
  it('nothing when the page has no post body', () => {
    const page = document.createElement('div');
    page.innerHTML = '<main><h1>Not found</h1></main>';
    expect(readPrerenderedBody(page, '/posts/t')).toBeUndefined();
  });
});
