/**
 * Keeps a URL only if its scheme is allowed, reading the scheme the way a browser's URL
 * parser does: case-insensitively (`HTTPS:` is `https:`), after dropping tabs and newlines
 * and leading control characters, and only when the text before the first colon is a
 * valid scheme (`foo):` is a relative path, not a scheme). The sanitizer's own check
 * compares schemes case-sensitively and treats any text before a colon as one, so it
 * drops `HTTPS://…` and `foo):`; this check replaces it (the schema lists no protocols).
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { urlScheme } from '../resolve-url.ts';

/** Allowed schemes per URL property (hast property names). */
export const allowedSchemes: Readonly<Record<string, readonly string[]>> = {
  href: ['http', 'https', 'mailto'],
  src: ['http', 'https'],
  cite: ['http', 'https'],
  longDesc: ['http', 'https'],
};

export function isAllowedUrl(property: string, url: string): boolean {
  const allowed = allowedSchemes[property];
  if (!allowed) return true;
  const scheme = urlScheme(url);
  return scheme === undefined || allowed.includes(scheme);
}

export default function rehypeSafeUrls() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      for (const property of Object.keys(allowedSchemes)) {
        const value = node.properties[property];
        if (value === undefined || value === null) continue;
        const urls = Array.isArray(value) ? value.map(String) : [String(value)];
        if (!urls.every((url) => isAllowedUrl(property, url))) delete node.properties[property];
      }
    });
  };
}
