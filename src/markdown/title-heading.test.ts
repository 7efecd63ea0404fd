import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { markdownToHast } from './markdown-to-hast.ts';

const render = async (markdown: string, title?: string) =>
  toHtml(await markdownToHast(markdown, { base: '/', ...(title !== undefined && { title }) }));

describe('a first heading that repeats the title', () => {
  it('is left out of the rendered post, whatever its case and spacing', async () => {
    expect(await render('# My  Post\n\nText.', 'My post')).toBe('<p dir="auto">Text.</p>');
    expect(await render('---\ntitle: My post\n---\n# My post\n\nText.', 'My post')).toBe('<p dir="auto">Text.</p>');
  });

  it('stays when it says something else, is not first or not level one, or no title is given', async () => {
    expect(await render('# Another\n\nText.', 'My post')).toContain('>Another');
    expect(await render('Text.\n\n# My post', 'My post')).toContain('>My post');
    expect(await render('## My post', 'My post')).toContain('<h2');
    expect(await render('# My post')).toContain('<h1');
  });
});
