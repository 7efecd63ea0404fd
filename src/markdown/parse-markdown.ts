/** Markdown → mdast: CommonMark + GFM, with YAML front matter recognised (and ignored). */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).freeze();

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}
