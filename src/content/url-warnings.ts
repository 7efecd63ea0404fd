/**
 * URLs in a post that the page does not use as written, each reported where it is: an
 * image written with `http:` (common in older blogs) is asked for over https, the only way
 * the site's CSP lets a page load it (markdown/resolve-url.ts); a link or image whose
 * scheme the site does not keep (`ftp:`, `javascript:`) shows without its URL
 * (markdown/plugins/rehype-safe-urls.ts).
 */
import type { Definition, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { isAllowedUrl } from '../markdown/plugins/rehype-safe-urls.ts';
import { urlScheme } from '../markdown/resolve-url.ts';
import type { Diagnostic } from './diagnostics.ts';
import { positionInNode } from './position-in-node.ts';

const overHttp = {
  what: 'image over http',
  fix: 'the page asks for it over https, the only way the site loads images: check that it shows so and write https://, or copy the image into the posts folder',
};
const dropped = {
  what: 'URL with a scheme the site does not keep',
  fix: 'it shows without its URL: links keep http://, https:// and mailto:, images http:// and https://',
};

/** A link's `href` or an image's `src` in raw HTML, quoted or not. */
const htmlUrl = /<(a|img)\b[^>]*?\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

export function urlWarnings(tree: Root, file: string): Diagnostic[] {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier, node);
  });
  const found: Diagnostic[] = [];
  const check = (url: string, image: boolean, line: number, column: number) => {
    const group = !isAllowedUrl(image ? 'src' : 'href', url)
      ? dropped
      : image && urlScheme(url) === 'http'
        ? overHttp
        : undefined;
    if (group)
      found.push({
        file,
        line,
        column,
        severity: 'warning',
        message: `${image ? 'image' : 'link'} "${url}": ${group.fix}`,
        group,
      });
  };
  visit(tree, (node) => {
    if (!node.position) return;
    const { line, column } = node.position.start;
    if (node.type === 'image' || node.type === 'link') check(node.url, node.type === 'image', line, column);
    else if (node.type === 'imageReference' || node.type === 'linkReference') {
      const definition = definitions.get(node.identifier);
      if (definition) check(definition.url, node.type === 'imageReference', line, column);
    } else if (node.type === 'html') {
      for (const match of node.value.matchAll(htmlUrl)) {
        // An <a> with a src, or an <img> with an href, is no URL of a link or image.
        if ((match[1]!.toLowerCase() === 'img') !== (match[2]!.toLowerCase() === 'src')) continue;
        const at = positionInNode(node.position.start, node.value, match.index);
        check(match[3] ?? match[4] ?? match[5]!, match[1]!.toLowerCase() === 'img', at.line, at.column);
      }
    }
  });
  return found;
}
