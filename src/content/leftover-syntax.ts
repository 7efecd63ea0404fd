/**
 * Another generator's template syntax left in a post (Hugo shortcodes, Liquid tags and
 * variables, Zola shortcodes) shows as raw text: each is reported where it is, grouped by name.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Diagnostic } from './diagnostics.ts';
import { positionInNode } from './position-in-node.ts';

const patterns: { pattern: RegExp; what: (name: string) => string }[] = [
  // A name then a space or the end (`>}}`): `{{</span>` in code highlighted as HTML is a Mustache tag cut by markup.
  { pattern: /\{\{([<%])\s*\/?\s*([\w./-]+)(?=\s|[>%]\}\})/g, what: (name) => `Hugo shortcode "${name}"` },
  // Zola's are called like functions, `{{ youtube(id="x") }}`; its `{% end %}` closes one already reported.
  { pattern: /\{[{%]-?\s*(\w+)\(/g, what: (name) => `Zola shortcode "${name}()"` },
  { pattern: /(?<!\{)\{%-?\s*(?!end\s*-?%\})(\w+)(?![\w(])/g, what: (name) => `Liquid tag "{% ${name} %}"` },
  {
    pattern: /\{\{-?\s*((?:site|page|post|include|layout|paginator)\.[\w.]+)/g,
    what: (name) => `Liquid variable "{{ ${name} }}"`,
  },
];

const fix = 'it is shown as written: replace it with Markdown (npm run import converts the common ones as it brings posts in)';

export function leftoverSyntax(tree: Root, file: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(tree, (node) => {
    // Code shows template syntax on purpose.
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'yaml') return 'skip';
    const inText = node.type === 'text' || node.type === 'html';
    const value = inText
      ? node.value
      : node.type === 'link' || node.type === 'image' || node.type === 'definition'
        ? safeDecode(node.url)
        : undefined;
    if (value === undefined || !node.position) return;
    const start = node.position.start;
    for (const { pattern, what } of patterns) {
      for (const match of value.matchAll(pattern)) {
        const name = match.length > 2 ? `{{${match[1]} ${match[2]} ${match[1] === '<' ? '>' : '%'}}}` : match[1]!;
        // In text, where the match is; in a URL, where its link or image starts.
        const { line, column } = inText ? positionInNode(start, value, match.index) : start;
        const group = { what: `${what(name)} left in the text`, fix };
        found.push({ file, line, column, severity: 'warning', message: `${group.what}: ${fix}`, group });
      }
    }
  });
  return found;
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
