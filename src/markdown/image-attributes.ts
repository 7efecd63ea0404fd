/**
 * A local image's `sizes` and `srcset` from the facts the build measured: for the text
 * (rehype-image-sizes) and for the post's cover, which the view writes itself.
 */
import type { ImageFacts } from '../schema/manifest.ts';

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
