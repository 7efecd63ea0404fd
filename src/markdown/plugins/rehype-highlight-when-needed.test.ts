import type { Root } from 'hast';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mayHaveFencedCode, type HighlightFileData } from './rehype-highlight-when-needed.ts';

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

// The plugin keeps the highlighter once loaded: each test starts with it not loaded.
const plugin = async () => (await import('./rehype-highlight-when-needed.ts')).default();
beforeEach(() => {
  vi.resetModules();
  highlight.mockClear();
});

describe('rehypeHighlightWhenNeeded', () => {
  it('loads the highlighter for a block that names its language, not for one that names none', async () => {
    const run = await plugin();
    await run(codeBlock(), { data: {} });
    expect(highlight).not.toHaveBeenCalled();
    const named = codeBlock(['language-go']);
    await run(named, { data: {} });
    expect(highlight).toHaveBeenCalledWith(named);
  });

  it('asked not to wait, leaves the code plain until the highlighter is here, then highlights at once', async () => {
    const { default: rehypeHighlight, highlightCode } = await import('./rehype-highlight-when-needed.ts');
    const run = rehypeHighlight();
    const first = codeBlock(['language-go']);
    const data: HighlightFileData = { plainUntilLoaded: true };
    await run(first, { data });
    expect(highlight).not.toHaveBeenCalled();
    expect(data.codeLeftPlain).toBe(true);
    await highlightCode(first);
    expect(highlight).toHaveBeenCalledWith(first);

    const second = codeBlock(['language-go']);
    const later: HighlightFileData = { plainUntilLoaded: true };
    await run(second, { data: later });
    expect(highlight).toHaveBeenCalledWith(second);
    expect(later.codeLeftPlain).toBeUndefined();
  });

  it('a tree without named code is never left waiting', async () => {
    const data: HighlightFileData = { plainUntilLoaded: true };
    await (
      await plugin()
    )(codeBlock(), { data });
    expect(data.codeLeftPlain).toBeUndefined();
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
