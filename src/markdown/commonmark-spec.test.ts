/**
 * The CommonMark spec's examples (the `commonmark-spec` package), rendered through the
 * real pipeline. Both sides are compared after the same sanitizing (the expected HTML
 * goes through our sanitize schema and URL check too, so dropped raw HTML and unsafe
 * schemes are not differences) and the same normalising as CommonMark's own test
 * runner (whitespace between tags, attribute order), and relative URLs on both sides
 * resolve against the posts folder as in a post. What our trusted plugins add (heading
 * ids and anchors, `dir`, lazy-loading attributes, table scroll boxes, highlighting) is
 * taken out of our side first. What differs after that is listed below, each
 * with its reason; anything else is a bug.
 */
import { createRequire } from 'node:module';
import type { Element, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { toHtml } from 'hast-util-to-html';
import rehypeSanitize from 'rehype-sanitize';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { markdownToHast } from './markdown-to-hast.ts';
import rehypeResolveUrls from './plugins/rehype-resolve-urls.ts';
import rehypeSafeUrls from './plugins/rehype-safe-urls.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

interface Example {
  markdown: string;
  html: string;
  section: string;
  number: number;
}

const { tests: examples } = createRequire(import.meta.url)('commonmark-spec') as { tests: Example[] };

/** Deliberate differences, by example number. */
const deliberate: Record<number, string> = {
  // A post's file starts with its front matter: `---` on the first line opens it.
  96: 'front matter: `---\\nFoo\\n---` at the start of the file is front matter, not a rule and a heading',
  98: 'front matter: `---\\n---` at the start of the file is empty front matter, not two rules',
  // GFM's tag filter (issue 14): these tags are written out as text, and a closed
  // <style> goes away with its content rather than showing CSS as text.
  171: 'GFM tag filter: <textarea> is written out as text',
  172: 'a closed raw <style> is removed with its content',
  173: 'GFM tag filter: an unclosed <style> is written out as text',
  176: 'a closed raw <style> is removed with its content',
  // GFM's autolink literals (extended www., http(s):// and e-mail autolinks).
  602: 'GFM autolink literal: https://… in text is a link',
  606: 'GFM autolink literal: an e-mail address in text is a link',
  608: 'GFM autolink literal: https://… in text is a link',
  611: 'GFM autolink literal: https://… in text is a link',
  612: 'GFM autolink literal: an e-mail address in text is a link',
};

/**
 * HTML → sanitized hast, as the browser would read it. Both sides go through it (ours as
 * serialized), so the HTML parser's repairs are the same on both; relative URLs resolve
 * against the posts folder on both, as they do in a post.
 */
const reparse = unified().use(rehypeSanitize, sanitizeSchema).use(rehypeSafeUrls).use(rehypeResolveUrls, { base: '/' }).freeze();

async function fromHtml(html: string): Promise<Root> {
  // Without the final newline: after unclosed raw HTML (`<a href="x">`) the parser
  // would reopen it for that newline alone.
  const parsed = raw({ type: 'root', children: [{ type: 'raw', value: html.trimEnd() }] }) as Root;
  return await reparse.run(parsed);
}

const classes = (node: Element): string[] =>
  Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];

/** Takes out of our output what our own (trusted) plugins add. */
function withoutOurAdditions(tree: Root): Root {
  visit(tree, 'element', (node, index, parent) => {
    if (node.properties.dir === 'auto') delete node.properties.dir;
    // Sanitizing prefixes ids and names; reading our HTML again would prefix them twice.
    for (const key of ['id', 'name'] as const) {
      const value = node.properties[key];
      if (typeof value === 'string' && value.startsWith('user-content-'))
        node.properties[key] = value.slice('user-content-'.length);
    }
    if (/^h[1-6]$/.test(node.tagName)) {
      delete node.properties.id;
      const last = node.children.at(-1);
      if (last?.type === 'element' && classes(last).includes('heading-anchor')) node.children.pop();
    }
    if (node.tagName === 'img') {
      delete node.properties.loading;
      delete node.properties.decoding;
    }
    if (parent && index !== undefined && node.tagName === 'div' && classes(node).includes('table-scroll')) {
      parent.children.splice(index, 1, ...(node.children as Element[]));
      return [SKIP, index];
    }
    const highlighted = classes(node).filter((name) => name !== 'hljs');
    if (highlighted.length !== classes(node).length) node.properties.className = highlighted;
    if (parent && index !== undefined && node.tagName === 'span' && classes(node).some((name) => name.startsWith('hljs-'))) {
      parent.children.splice(index, 1, ...(node.children as RootContent[] as Element[]));
      return [SKIP, index];
    }
  });
  return tree;
}

const block =
  'address|article|aside|blockquote|body|details|dialog|dd|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|html|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul';

/** CommonMark's normaliser, on serialized HTML: attribute order, whitespace outside <pre>. */
function normalise(tree: Root): string {
  visit(tree, 'element', (node) => {
    // Our images always have an alt (empty when the author gave none).
    if (node.tagName === 'img' && node.properties.alt === '') delete node.properties.alt;
    node.properties = Object.fromEntries(Object.entries(node.properties).sort(([a], [b]) => a.localeCompare(b)));
  });
  const html = toHtml(tree, { closeSelfClosing: true });
  return html
    .split(/(<pre[\s>][\s\S]*?<\/pre>)/)
    .map((part, i) =>
      i % 2 ? part : part.replace(/\s+/g, ' ').replace(new RegExp(`\\s*(</?(?:${block})(?:\\s[^>]*)?/?>)\\s*`, 'g'), '$1'),
    )
    .join('')
    .trim();
}

async function differences(): Promise<{ number: number; section: string; markdown: string; expected: string; actual: string }[]> {
  const found = [];
  for (const example of examples) {
    const markdown = example.markdown.replace(/→/g, '\t');
    const expected = normalise(await fromHtml(example.html.replace(/→/g, '\t')));
    const ours = withoutOurAdditions(await markdownToHast(markdown, { base: '/' }));
    const actual = normalise(await fromHtml(toHtml(ours)));
    if (expected !== actual) found.push({ number: example.number, section: example.section, markdown, expected, actual });
  }
  return found;
}

describe('CommonMark spec examples', () => {
  it('has the examples', () => {
    expect(examples.length).toBeGreaterThan(600);
  });

  it('renders every example as the spec does, but for the deliberate differences', async () => {
    const found = await differences();
    const report = found.map(
      (d) => `#${d.number} (${d.section}) ${JSON.stringify(d.markdown)}\n  expected ${d.expected}\n  actual   ${d.actual}`,
    );
    expect(
      found.map((d) => d.number),
      report.join('\n'),
    ).toEqual(Object.keys(deliberate).map(Number));
  });
});
