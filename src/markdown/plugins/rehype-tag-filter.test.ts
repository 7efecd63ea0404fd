import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeTagFilter from './rehype-tag-filter.ts';

const raw = (value: string) => ({ type: 'raw' as const, value });
const text = (value: string) => ({ type: 'text' as const, value });

async function filter(children: Root['children']): Promise<string> {
  const root: Root = { type: 'root', children };
  const tree = (await unified().use(rehypeTagFilter).run(root)) as Root;
  return toHtml(tree, { allowDangerousHtml: true });
}

describe('rehypeTagFilter', () => {
  it.each(['title', 'textarea', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'script', 'plaintext', 'TITLE', 'Style'])(
    'writes out an unclosed <%s> as text',
    async (name) => {
      expect(await filter([raw(`<${name}>`), text('after')])).toBe(`&lt;${name}>after`);
    },
  );

  it('writes out end tags and tags with attributes, and leaves look-alikes alone', async () => {
    expect(await filter([raw('<title lang="en"> </title> <titles> <stylesheet> <b>')])).toBe(
      '&lt;title lang="en"> &lt;/title> <titles> <stylesheet> <b>',
    );
  });

  it('writes out a <title> even when it is closed (as GitHub does)', async () => {
    expect(await filter([raw('<title>Hi</title>')])).toBe('&lt;title>Hi&lt;/title>');
  });

  it('removes a closed <style> or <script> with its content', async () => {
    expect(await filter([raw('<p>a</p><style>p { color: red }</style ><SCRIPT src="x"></script>b')])).toBe('<p>a</p>b');
  });

  it('removes an inline <style> and what stands between it and its end tag', async () => {
    expect(await filter([text('a '), raw('<style>'), text('p {}'), raw('</style>'), text(' c')])).toBe('a  c');
  });
});
