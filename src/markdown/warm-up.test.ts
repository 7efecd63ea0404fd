import { describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import { markdownToBodyHtml } from './body-html.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { mayHaveFencedCode } from './plugins/rehype-highlight-when-needed.ts';
import { warmUp, warmUpDocument } from './warm-up.ts';

describe('the worker’s warm-up', () => {
  it('runs the code paths of a post’s constructs, GFM’s included, loading neither the highlighter nor the HTML parser', async () => {
    expect(mayHaveFencedCode(warmUpDocument)).toBe(false);
    const html: string[] = [];
    visit(parseMarkdown(warmUpDocument), 'html', (node) => void html.push(node.value));
    expect(html).toEqual(['<!-- more -->']);
    const { first, rest } = await markdownToBodyHtml(warmUpDocument, { base: '/' });
    for (const part of [
      '<table',
      '<del>',
      'type="checkbox"',
      'href="https://example.com/b"',
      'data-footnote-ref',
      '<blockquote',
      '<pre tabindex="0"><code>',
      '<img',
    ])
      expect(first + rest).toContain(part);
  });

  it('stops as soon as a real render is asked for', async () => {
    let asked = 0;
    await warmUp(() => ++asked > 2);
    expect(asked).toBe(3);
  });
});
