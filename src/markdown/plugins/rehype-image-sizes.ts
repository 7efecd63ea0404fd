/**
 * Local images get the size the build measured (so the text does not move as they load)
 * and, when the build made smaller copies, a `srcset`. The facts come with the post's
 * data: the same at build time and in the browser's worker, which cannot read the files.
 * Runs after rehype-resolve-urls, so `src` is the path from the site root with the base.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { imageKey, imageSizes, srcsetOf } from '../image-attributes.ts';
import type { PostFileData } from './rehype-resolve-urls.ts';

export interface ImageSizesOptions {
  /** The site's base path, `/` or `/blog/`. */
  base: string;
}

export default function rehypeImageSizes({ base }: ImageSizesOptions) {
  return (tree: Root, file: { data: object }) => {
    const images = (file.data as PostFileData).images;
    if (!images) return;
    visit(tree, 'element', (node) => {
      const src = node.properties.src;
      if (node.tagName !== 'img' || typeof src !== 'string') return;
      const key = imageKey(src, base);
      const facts = key === undefined ? undefined : images[key];
      // A size the author wrote is theirs to keep.
      if (!facts || node.properties.width !== undefined || node.properties.height !== undefined) return;
      node.properties.width = facts.width;
      node.properties.height = facts.height;
      const srcSet = srcsetOf(facts, src, base);
      if (srcSet) {
        node.properties.srcSet = srcSet;
        node.properties.sizes = imageSizes;
      }
    });
  };
}
