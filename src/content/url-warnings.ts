/**
 * Images written with `http:` (common in older blogs) are asked for over https, the only
 * way the site's CSP lets a page load them (markdown/resolve-url.ts): each is reported
 * where it is, so that the author can check it still shows.
 */
import type { Definition, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { urlScheme } from '../markdown/resolve-url.ts';
import type { Diagnostic } from './diagnostics.ts';

const group = {
  what: 'image over http',
  fix: 'the page asks for it over https, the only way the site loads images: check that it shows so and write https://, or copy the image into the posts folder',
};

/** An `<img>` tag's `src` in raw HTML, quoted or not. */
const imgSrc = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

export function insecureImages(tree: Root, file: string): Diagnostic[] {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier, node);
  });
  const found: Diagnostic[] = [];
  const report = (url: string, line: number, column: number) => {
    if (urlScheme(url) === 'http')
      found.push({ file, line, column, severity: 'warning', message: `image "${url}": ${group.fix}`, group });
  };
  visit(tree, (node) => {
    if (!node.position) return;
    const { line, column } = node.position.start;
    if (node.type === 'image') report(node.url, line, column);
    else if (node.type === 'imageReference') {
      const definition = definitions.get(node.identifier);
      if (definition) report(definition.url, line, column);
    } else if (node.type === 'html') {
      for (const match of node.value.matchAll(imgSrc)) {
        const before = node.value.slice(0, match.index).split('\n');
        const at = before.length > 1 ? before.at(-1)!.length + 1 : column + before[0]!.length;
        report(match[1] ?? match[2] ?? match[3]!, line + before.length - 1, at);
      }
    }
  });
  return found;
}
