import { describe, expect, it } from 'vitest';
import { dropPositions } from './drop-positions.ts';
import { parseMarkdown } from './parse-markdown.ts';

describe('dropPositions', () => {
  it('removes the position of every node and keeps the rest of the tree', () => {
    const tree = parseMarkdown('# Title\n\nSome *text* and a [link](https://example.com).\n\n- a\n- b\n');
    const before = JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value));
    expect(JSON.stringify(dropPositions(tree))).toBe(before);
    expect(JSON.stringify(tree)).not.toContain('"position"');
  });
});
