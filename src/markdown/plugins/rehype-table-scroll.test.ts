import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { markdownToHast } from '../markdown-to-hast.ts';

const html = async (markdown: string) => toHtml(await markdownToHast(markdown, { base: '/' }));

describe('rehypeTableScroll', () => {
  it('puts each table in a focusable region with its own name', async () => {
    const out = await html('| a |\n|-|\n| 1 |\n\ntext\n\n> | b |\n> |-|\n> | 2 |');
    expect(out.match(/<div class="table-scroll" role="region" aria-label="Table \d" tabindex="0">\n?<table>/g)).toEqual([
      '<div class="table-scroll" role="region" aria-label="Table 1" tabindex="0"><table>',
      '<div class="table-scroll" role="region" aria-label="Table 2" tabindex="0"><table>',
    ]);
    expect(out.match(/<\/table><\/div>/g)).toHaveLength(2);
  });

  it('leaves posts without tables alone', async () => {
    expect(await html('text')).toBe('<p dir="auto">text</p>');
  });
});
