import type { Root } from 'hast';
import { describe, expect, it, vi } from 'vitest';
import rehypeHighlightWhenNeeded, { mayHaveFencedCode } from './rehype-highlight-when-needed.ts';

const { highlight } = vi.hoisted(() => ({ highlight: vi.fn() }));
vi.mock('./highlight.ts', () => ({ highlight }));

const codeBlock = (className?: string[]): Root => ({
  type: 'root',
  children: [
    {
      type: 'element',
      tagName: 'pre',
      properties: {},
      children: [{ type: 'element', tagName: 'code', properties: className ? { className } : {}, children: [] }],
    },
  ],
});

describe('rehypeHighlightWhenNeeded', () => {
  it('loads the highlighter for a block that names its language, not for one that names none', async () => {
    const run = rehypeHighlightWhenNeeded();
    await run(codeBlock());
    expect(highlight).not.toHaveBeenCalled();
    const named = codeBlock(['language-go']);
    await run(named);
    expect(highlight).toHaveBeenCalledWith(named);
  });
});

describe('mayHaveFencedCode', () => {
  it('a fence with an info string', () => {
    expect(mayHaveFencedCode('Text\n\n```go\nx := 1\n```')).toBe(true);
    expect(mayHaveFencedCode('~~~ python\nx = 1\n~~~')).toBe(true);
    expect(mayHaveFencedCode('   ````ts title\n```\n````')).toBe(true);
  });

  it('not a fence without one, indented code, or backticks inside a line', () => {
    expect(mayHaveFencedCode('```\nplain\n```')).toBe(false);
    expect(mayHaveFencedCode('    ```go\n    indented')).toBe(false);
    expect(mayHaveFencedCode('Use ```go fences.')).toBe(false);
  });
});
