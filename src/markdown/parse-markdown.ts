/** Markdown → mdast: CommonMark + GFM, with YAML front matter recognised (and ignored). */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmWhenNeeded } from './gfm-when-needed.ts';
import { limitDepth } from './limit-depth.ts';

const yaml = frontmatter();
const yamlFromMarkdown = frontmatterFromMarkdown();

export function parseMarkdown(markdown: string): Root {
  const gfm = gfmWhenNeeded(markdown);
  try {
    return limitDepth(
      fromMarkdown(markdown, {
        extensions: [yaml, ...gfm.extensions],
        mdastExtensions: [yamlFromMarkdown, ...gfm.mdastExtensions],
      }),
    );
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // Nesting thousands deep overflows GFM's recursive passes: parse it as CommonMark, bounded.
    try {
      return limitDepth(fromMarkdown(markdown, { extensions: [yaml], mdastExtensions: [yamlFromMarkdown] }));
    } catch {
      return { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: markdown }] }] };
    }
  }
}
