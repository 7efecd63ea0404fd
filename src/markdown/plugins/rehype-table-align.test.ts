import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeTableAlign from './rehype-table-align.ts';

async function run(tree: Root): Promise<string> {
  return toHtml((await unified().use(rehypeTableAlign).run(tree)) as Root);
}

const cell = (tagName: string, properties: Record<string, string | string[]>) => ({
  type: 'element' as const,
  tagName,
  properties,
  children: [],
});

describe('rehypeTableAlign', () => {
  it('turns the align attribute of header and data cells into a class', async () => {
    const root: Root = {
      type: 'root',
      children: [
        cell('th', { align: 'center' }),
        cell('td', { align: 'Right', className: ['x'] }),
        cell('td', { align: 'left' }),
      ],
    };
    expect(await run(root)).toBe('<th class="align-center"></th><td class="x align-right"></td><td class="align-left"></td>');
  });

  it('drops an align value that is not an alignment, and leaves other elements alone', async () => {
    const root: Root = {
      type: 'root',
      children: [cell('td', { align: 'middle' }), cell('td', {}), cell('img', { align: 'left' })],
    };
    expect(await run(root)).toBe('<td></td><td></td><img align="left">');
  });
});
