import { describe, expect, it } from 'vitest';
import { markdownToBodyHtml } from './body-html.ts';
import { mayHaveFencedCode } from './plugins/rehype-highlight-when-needed.ts';
import { warmUp, warmUpDocument } from './warm-up.ts';

describe('the worker’s warm-up', () => {
  it('runs the code paths of a post’s constructs, GFM’s included, without fetching the highlighter', async () => {
    expect(mayHaveFencedCode(warmUpDocument)).toBe(false);
    const { first, rest } = await markdownToBodyHtml(warmUpDocument, { base: '/' });
    const html = first + rest;
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
      expect(html).toContain(part);
  });

  it('stops as soon as a real render is asked for', async () => {
    let asked = 0;
    await warmUp(() => ++asked > 2);
    expect(asked).toBe(3);
  });
});
