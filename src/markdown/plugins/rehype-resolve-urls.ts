/**
 * Relative links and images resolve against the post's own folder (`posts/`, or
 * `posts/<slug>/` for a folder post), as in an editor's preview of the file; a link to
 * another post's file (`x.md`, `../x.md`, `x/index.md`) becomes that post's page.
 * Root-relative URLs get the site's base path so they work under a sub-path.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { ImageMap } from '../../schema/manifest.ts';

export interface ResolveUrlsOptions {
  /** The site's base path, e.g. `/` or `/blog/`, or an absolute base URL (for feeds). */
  base: string;
}

/** What a render passes its plugins in `file.data` (one processor serves every post). */
export type PostFileData = {
  /** The post's folder relative to `posts/`: `` or `<slug>/` (lib/paths.ts postDir). */
  postDir?: string;
  /** The post's measured images (rehype-image-sizes.ts). */
  images?: ImageMap;
};

const absolute = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;
/** A post's file, relative to the posts folder. */
const postFile = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.md|\/index\.(?:md|markdown))$/;

/** `dir` is the folder the URL was written in, relative to `posts/`: `` or `<slug>/`. */
export function resolveUrl(url: string, base: string, dir = ''): string {
  if (!url || absolute.test(url)) return url;
  if (url.startsWith('/')) return base + url.slice(1);
  const absoluteBase = /^https?:/.test(base);
  const posts = new URL(`${absoluteBase ? '' : 'https://site.invalid'}${base}posts/`);
  const resolved = new URL(url, new URL(dir, posts));
  const post = resolved.pathname.startsWith(posts.pathname) && postFile.exec(resolved.pathname.slice(posts.pathname.length));
  if (post) {
    resolved.pathname = posts.pathname + post[1]!;
    resolved.search = '';
  }
  return absoluteBase ? resolved.href : resolved.pathname + resolved.search + resolved.hash;
}

export default function rehypeResolveUrls({ base }: ResolveUrlsOptions) {
  return (tree: Root, file: { data: object }) => {
    const dir = (file.data as PostFileData).postDir ?? '';
    visit(tree, 'element', (node) => {
      for (const key of ['href', 'src'] as const) {
        const value = node.properties[key];
        if (typeof value === 'string') node.properties[key] = resolveUrl(value, base, dir);
      }
    });
  };
}
