import { describe, expect, it } from 'vitest';
import { markdownToHast } from './markdown-to-hast.ts';
import { tableOfContents } from './toc.ts';

const toc = async (markdown: string) => tableOfContents(await markdownToHast(markdown, { base: '/' }));

describe('tableOfContents', () => {
  it('lists h2 and h3 headings in order, with their ids and text without the anchor #', async () => {
    expect(
      await toc('# Title\n\n## Use `go run` *now*\n\nText.\n\n### Details & more\n\n#### Too deep\n\n## Über uns\n\n## Über uns'),
    ).toEqual([
      { id: 'use-go-run-now', text: 'Use go run now', depth: 2 },
      { id: 'details--more', text: 'Details & more', depth: 3 },
      { id: 'über-uns', text: 'Über uns', depth: 2 },
      { id: 'über-uns-1', text: 'Über uns', depth: 2 },
    ]);
  });

  it('is empty without h2 or h3', async () => {
    expect(await toc('# Title\n\nText.\n\n#### Deep')).toEqual([]);
  });

  it('keeps a # that is part of the heading text', async () => {
    expect(await toc('## C# and F#')).toEqual([{ id: 'c-and-f', text: 'C# and F#', depth: 2 }]);
  });

  it('includes headings written as raw HTML, with their prefixed ids', async () => {
    expect(await toc('<h2 id="raw">Raw <em>heading</em></h2>')).toEqual([
      { id: 'user-content-raw', text: 'Raw heading', depth: 2 },
    ]);
  });

  it('every entry points at an element id that exists in the tree', async () => {
    const tree = await markdownToHast('## One\n\n### Two\n\n## One', { base: '/' });
    const entries = tableOfContents(tree);
    const html = JSON.stringify(tree);
    expect(entries.map((e) => e.id)).toEqual(['one', 'two', 'one-1']);
    for (const entry of entries) expect(html).toContain(`"id":"${entry.id}"`);
  });
});
