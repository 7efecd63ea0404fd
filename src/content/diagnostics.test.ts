import { describe, expect, it } from 'vitest';
import { ContentError, formatDiagnostic, formatDiagnostics, type Diagnostic } from './diagnostics.ts';

const error = (file: string, line: number, column: number, message: string): Diagnostic => ({
  file,
  line,
  column,
  severity: 'error',
  message,
});

describe('formatDiagnostic', () => {
  it('prints file:line:column: message, and marks warnings', () => {
    expect(formatDiagnostic(error('public/posts/a.md', 3, 7, '"date" is wrong'))).toBe('public/posts/a.md:3:7: "date" is wrong');
    expect(formatDiagnostic({ ...error('public/posts/a.md', 4, 1, 'unknown field "tag"'), severity: 'warning' })).toBe(
      'public/posts/a.md:4:1: warning: unknown field "tag"',
    );
  });
});

describe('formatDiagnostics', () => {
  it('lists every problem, sorted by file, line and column', () => {
    const list = [
      error('public/posts/b.md', 1, 1, 'b1'),
      error('public/posts/a.md', 10, 1, 'a10'),
      error('public/posts/a.md', 2, 9, 'a2-9'),
      error('public/posts/a.md', 2, 3, 'a2-3'),
    ];
    expect(formatDiagnostics(list)).toBe(
      [
        'public/posts/a.md:2:3: a2-3',
        'public/posts/a.md:2:9: a2-9',
        'public/posts/a.md:10:1: a10',
        'public/posts/b.md:1:1: b1',
      ].join('\n'),
    );
    // The input is left as it was.
    expect(list.map((d) => d.message)).toEqual(['b1', 'a10', 'a2-9', 'a2-3']);
  });

  it('is empty for no problems', () => {
    expect(formatDiagnostics([])).toBe('');
  });
});

describe('ContentError', () => {
  it('carries every problem and lists them in its message', () => {
    const list = [error('public/posts/b.md', 1, 1, 'bad'), error('public/posts/a.md', 2, 1, 'worse')];
    const e = new ContentError(list);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('ContentError');
    expect(e.diagnostics).toBe(list);
    expect(e.message).toContain('public/posts/a.md:2:1: worse\npublic/posts/b.md:1:1: bad');
    expect(e.message.startsWith('2 errors')).toBe(true);
  });
});

describe('formatDiagnostics with warnings many posts share', () => {
  const warning = (file: string, line: number, what: string, fix: string): Diagnostic => ({
    file,
    line,
    column: 1,
    severity: 'warning',
    message: `${what}: ${fix}`,
    group: { what, fix },
  });

  it('prints problems at their place, then one line per kind several posts share: counted, with the first three lines', () => {
    const list = [
      warning('d.md', 4, 'unknown field "categories"', 'use "tags"'),
      warning('a.md', 4, 'unknown field "categories"', 'use "tags"'),
      error('z.md', 2, 3, 'bad date'),
      warning('c.md', 5, 'unknown field "categories"', 'use "tags"'),
      warning('b.md', 3, 'unknown field "categories"', 'use "tags"'),
      warning('a.md', 7, 'Liquid tag "{% raw %}" left in the text', 'replace it'),
      warning('a.md', 7, 'Liquid tag "{% raw %}" left in the text', 'replace it'),
      warning('a.md', 9, 'Liquid tag "{% raw %}" left in the text', 'replace it'),
      warning('b.md', 1, 'Liquid tag "{% raw %}" left in the text', 'replace it'),
      warning('e.md', 2, 'unknown field "extra"', 'it is ignored'),
    ];
    expect(formatDiagnostics(list).split('\n')).toEqual([
      'e.md:2:1: warning: unknown field "extra": it is ignored',
      'z.md:2:3: bad date',
      // As common as the next (4), so by name; twice on one line, the line is named once.
      'warning: Liquid tag "{% raw %}" left in the text 4 times in 2 posts (first: a.md:7, a.md:9, b.md:1): replace it',
      'warning: unknown field "categories" in 4 posts (first: a.md:4, b.md:3, c.md:5): use "tags"',
    ]);
  });

  it('keeps warnings of one kind with different fixes apart', () => {
    const list = [warning('a.md', 1, 'unknown field "x"', 'one'), warning('b.md', 1, 'unknown field "x"', 'two')];
    expect(formatDiagnostics(list).split('\n')).toEqual([
      'a.md:1:1: warning: unknown field "x": one',
      'b.md:1:1: warning: unknown field "x": two',
    ]);
  });
});
