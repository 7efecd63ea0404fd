/** Markdown → mdast: CommonMark + GFM, with YAML front matter recognised (and ignored). */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { limitDepth } from './limit-depth.ts';

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).freeze();
const plainParser = unified().use(remarkParse).use(remarkFrontmatter).freeze();

export function parseMarkdown(markdown: string): Root {
  try {
    return limitDepth(parser.parse(markdown));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // Nesting thousands deep overflows GFM's recursive passes: parse it as CommonMark, bounded.
    try {
      return limitDepth(plainParser.parse(markdown));
    } catch {
      return { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: markdown }] }] };
    }
  }
}
