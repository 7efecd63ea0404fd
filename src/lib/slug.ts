import { fold } from './fold.ts';

/**
 * URL slug for a tag or series name: lowercase words joined by hyphens, accents
 * folded ("Distributed Systems" → "distributed-systems", "Über" → "uber"). Letters
 * of scripts without a Latin folding (Greek, Cyrillic, CJK…) are kept, so those
 * names still give readable URLs; the browser percent-encodes them. Apostrophes vanish
 * ("don't" → "dont"), and `+`, `#`, `&` become words ("C++" → "c-plus-plus"). "Index"
 * gives "index-1": `tags/index.html` is the tag list's own page on every static host.
 */
export function slugify(name: string): string {
  const slug = fold(name)
    .replace(/['’]/g, '')
    // Keep names apart that differ only by these signs: C, C++, C#.
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug === 'index' ? 'index-1' : slug;
}

/** File names of posts: lowercase ASCII letters, digits and single hyphens. */
export const postSlugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
