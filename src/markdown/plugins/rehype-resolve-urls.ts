/** Every link and image of the text leads where resolve-url.ts says (`src` is only on images). */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { ImageMap } from '../../schema/manifest.ts';
import { resolveImageUrl, resolveUrl } from '../resolve-url.ts';

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
      const { href, src } = node.properties;
      if (typeof href === 'string') node.properties.href = resolveUrl(href, base, dir);
      if (typeof src === 'string') node.properties.src = resolveImageUrl(src, base, dir);
    });
  };
}
