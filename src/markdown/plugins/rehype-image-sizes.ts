/**
 * Local images get the size the build measured (so the text does not move as they load)
 * and, when the build made smaller copies, a `srcset`. The facts come with the post's
 * data: the same at build time and in the browser's worker, which cannot read the files.
 * Runs after rehype-resolve-urls, so `src` is the path from the site root with the base.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { ImageFacts } from '../../schema/manifest.ts';
import type { PostFileData } from './rehype-resolve-urls.ts';

export interface ImageSizesOptions {
  /** The site's base path, `/` or `/blog/`. */
  base: string;
}

/** The text column is at most about 46rem wide; narrower screens show an image across the viewport. */
export const imageSizes = '(max-width: 48rem) 100vw, 46rem';

/** `src` as rehype-resolve-urls left it → the key of its facts (the path from the site root). */
export function imageKey(src: string, base: string): string | undefined {
  if (!src.startsWith(base) || src.startsWith('//')) return undefined;
  const path = src.slice(base.length).split(/[?#]/)[0]!;
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** The smaller copies and the original (`src`, a path with the base), for `srcset`; undefined when there are no copies. */
export function srcsetOf(facts: ImageFacts, src: string, base: string): string | undefined {
  if (!facts.srcset?.length) return undefined;
  return [...facts.srcset.map((c) => `${base}${c.path} ${c.width}w`), `${src} ${facts.width}w`].join(', ');
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
