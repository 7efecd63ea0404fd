/**
 * One front matter reader: the post loader and the renderer (which gets the whole file)
 * must agree on where front matter is. A file the loader accepts renders without its
 * front matter; any other opening line stops the build at line 1.
 */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../markdown/parse-markdown.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { loadPost } from './load-post.ts';

const file = 'public/posts/a-post.md';
const rest = 'title: A post\ndate: 2024-01-01\n---\n\nBody.\n';

describe('front matter: the loader and the renderer agree', () => {
  it.each(['---', '--- ', '---\t', ' ---', '   ---', '\t---', ' --- ', '\uFEFF---'])('opening line %j', (open) => {
    const source = `${open}\n${rest}`;
    const result = loadPost(file, source);
    const rendered = parseMarkdown(source).children;
    if (result.post) {
      expect(rendered[0]?.type).toBe('yaml');
      expect(rendered.slice(1).map((node) => node.type)).toEqual(['paragraph']);
    } else {
      expect(result.diagnostics.map(formatDiagnostic)).toEqual([expect.stringMatching(/^public\/posts\/a-post\.md:1:\d+: /)]);
    }
  });

  it.each(['---', '--- ', ' ---', '\t---', '...', '----'])('closing line %j', (close) => {
    const source = `---\ntitle: A post\ndate: 2024-01-01\n${close}\n\nBody.\n`;
    const result = loadPost(file, source);
    const rendered = parseMarkdown(source).children;
    if (result.post) {
      expect(rendered.map((node) => node.type)).toEqual(['yaml', 'paragraph']);
    } else {
      expect(result.diagnostics.map(formatDiagnostic)).toEqual([expect.stringMatching(/^public\/posts\/a-post\.md:1:\d+: /)]);
    }
  });

  it('stops at an indented fence, naming the line and column and the fix', () => {
    expect(loadPost(file, `  ---\n${rest}`).diagnostics.map(formatDiagnostic)).toEqual([
      'public/posts/a-post.md:1:3: the front matter\'s first "---" must start at the beginning of line 1: remove the spaces or tabs before it',
    ]);
  });
});
