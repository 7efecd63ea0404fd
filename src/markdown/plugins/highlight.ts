/** The highlighter and the languages it knows; this module is its own chunk. */
import type { Root } from 'hast';
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
import rehypeHighlight from 'rehype-highlight';
import type { VFile } from 'vfile';

const transform = rehypeHighlight({
  languages: { bash, c, css, diff, dockerfile, go, ini, javascript, json, python, rust, shell, sql, typescript, xml, yaml },
  aliases: { bash: ['sh', 'zsh'], ini: ['toml'], xml: ['html', 'svg'], shell: ['console'] },
  plainText: ['text', 'txt', 'plain'],
  detect: false,
});

export function highlight(tree: Root): void {
  // Unknown languages are left plain; the message rehype-highlight files is not needed.
  transform(tree, { message: () => undefined } as unknown as VFile);
}
