/**
 * Relative links and images resolve against the posts folder, as in an editor's
 * preview of the file; a link to another post's `.md` file becomes that post's page.
 * Root-relative URLs get the site's base path so they work under a sub-path.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface ResolveUrlsOptions {
  /** The site's base path, e.g. `/` or `/blog/`, or an absolute base URL (for feeds). */
  base: string;
}

const absolute = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;
const postFile = /^(?:\.\/)?([a-z0-9]+(?:-[a-z0-9]+)*)\.md(#.*)?$/;

export function resolveUrl(url: string, base: string): string {
  if (!url || absolute.test(url)) return url;
  if (url.startsWith('/')) return base + url.slice(1);
  const post = postFile.exec(url);
  if (post) return `${base}posts/${post[1]}${post[2] ?? ''}`;
  const absoluteBase = /^https?:/.test(base);
  const resolved = new URL(url, `${absoluteBase ? '' : 'https://site.invalid'}${base}posts/`);
  return absoluteBase ? resolved.href : resolved.pathname + resolved.search + resolved.hash;
}

export default function rehypeResolveUrls({ base }: ResolveUrlsOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      for (const key of ['href', 'src'] as const) {
        const value = node.properties[key];
        if (typeof value === 'string') node.properties[key] = resolveUrl(value, base);
      }
    });
  };
}
