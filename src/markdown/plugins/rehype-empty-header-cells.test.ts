import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { markdownToHast } from '../markdown-to-hast.ts';

const html = async (markdown: string) => toHtml(await markdownToHast(markdown, { base: '/' }));

describe('rehypeEmptyHeaderCells', () => {
  it('makes an empty header cell a data cell', async () => {
    const table = await html('| | **Urgent** |\n|-|-|\n| **Important** | Do it |');
    expect(table).toContain('<tr>\n<td dir="auto"></td>\n<th dir="auto"><strong>Urgent</strong></th>\n</tr>');
    expect(table).not.toMatch(/<th[^>]*><\/th>/);
  });

  it('keeps header cells that have text or an image with alt text', async () => {
    const table = await html('| ![Logo](a.png) | b |\n|-|-|\n| 1 | 2 |');
    expect(table.match(/<th /g)).toHaveLength(2);
  });
});
