/**
 * The highlighter and the languages it knows; this module is its own chunk. It uses
 * lowlight directly (as rehype-highlight does) so that only these grammars are bundled,
 * not lowlight's default set of 37.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import bash from 'highlight.js/lib/languages/bash';
import c from 'highlight.js/lib/languages/c';
import css from 'highlight.js/lib/languages/css';
import diff from 'highlight.js/lib/languages/diff';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import go from 'highlight.js/lib/languages/go';
import ini from 'highlight.js/lib/languages/ini';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import rust from 'highlight.js/lib/languages/rust';
import shell from 'highlight.js/lib/languages/shell';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';
import { createLowlight } from 'lowlight';
import { visit } from 'unist-util-visit';
import { codeLanguage } from './code-language.ts';

const lowlight = createLowlight({
  bash,
  c,
  css,
  diff,
  dockerfile,
  go,
  ini,
  javascript,
  json,
  python,
  rust,
  shell,
  sql,
  typescript,
  xml,
  yaml,
});
lowlight.registerAlias({
  bash: ['sh', 'zsh'],
  ini: ['toml'],
  xml: ['html', 'svg'],
  shell: ['console'],
  typescript: ['ts', 'tsx'],
  javascript: ['js', 'jsx'],
});

/** Highlights `pre > code.language-x` blocks whose language is registered; others stay plain. */
export function highlight(tree: Root): void {
  visit(tree, 'element', (node, _index, parent) => {
    if (node.tagName !== 'code' || parent?.type !== 'element' || parent.tagName !== 'pre') return;
    const lang = codeLanguage(node);
    if (!lang || !lowlight.registered(lang)) return;
    const result = lowlight.highlight(lang, toString(node), { prefix: 'hljs-' });
    node.properties.className = ['hljs', ...((node.properties.className as string[]) ?? [])];
    node.children = result.children as Element['children'];
  });
}
