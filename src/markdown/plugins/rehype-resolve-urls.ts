/** Every link and image of the text leads where resolve-url.ts says. */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { ImageMap } from '../../schema/manifest.ts';
import { resolveUrl } from '../resolve-url.ts';

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
