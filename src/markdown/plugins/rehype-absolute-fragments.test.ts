import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { markdownToHast } from '../markdown-to-hast.ts';
import rehypeAbsoluteFragments from './rehype-absolute-fragments.ts';

const pageUrl = 'https://example.com/blog/posts/a-post';

async function feedHtml(markdown: string): Promise<string> {
  const tree = await markdownToHast(markdown, { base: 'https://example.com/blog/' });
  rehypeAbsoluteFragments({ pageUrl })(tree);
  return toHtml(tree);
}

describe('rehypeAbsoluteFragments', () => {
  it('writes footnote and heading links as the page URL plus the fragment', async () => {
    const html = await feedHtml('## Intro\n\nText[^1] and [back](#intro).\n\n[^1]: A note.');
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThanOrEqual(4);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/example\.com\/blog\/posts\/a-post#./);
    expect(hrefs).toContain(`${pageUrl}#intro`);
  });

  it('leaves other links alone', async () => {
    expect(await feedHtml('[a](https://x.org/#y) [b](/tags/go)')).toBe(
      '<p dir="auto"><a href="https://x.org/#y">a</a> <a href="https://example.com/blog/tags/go">b</a></p>',
    );
  });
});
