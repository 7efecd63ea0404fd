/**
 * The URL the old site gave a post, from its permalink pattern, so that it can become
 * one of the post's `aliases`. Each generator's rules are followed for the common
 * tokens; a pattern token this does not know is left out, and the result is reported.
 */
import { slugify } from '../lib/slug.ts';

export interface PermalinkPost {
  /** ISO date as converted (its digits are the old site's local date). */
  date: string;
  title: string;
  /** `slug:` of the front matter, if any. */
  slug?: string;
  /** File name without extension and date prefix, or a bundle's folder name. */
  fileName: string;
  /** Section path of Hugo and Zola (`posts`, `blog/2021`); Jekyll categories. */
  section: string[];
}

const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Hugo's path form of a title (`:title`): lowercase, words joined by hyphens. */
export function pathWords(text: string): string {
  return slugify(text);
}

function clean(path: string): string {
  const joined = `/${path}`.replace(/\/{2,}/g, '/');
  return joined;
}

/** `/:categories/:year/:month/:day/:title:output_ext` and Jekyll's named styles. */
export const jekyllStyles: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

function dayOfYear(date: string): string {
  const [y = 0, m = 1, d = 1] = date.slice(0, 10).split('-').map(Number);
  const n = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
  return String(n).padStart(3, '0');
}

/**
 * Jekyll's slugify: `:title` keeps the case and the characters a URL path allows
 * (`Debian10 setup` → `Debian10-setup`); `:slug` keeps letters and digits, lowercased.
 */
export function jekyllSlug(text: string, mode: 'title' | 'slug'): string {
  const dropped = mode === 'title' ? /[^\p{L}\p{N}._~!$&'()+,;=@]+/gu : /[^\p{L}\p{N}]+/gu;
  const slug = text.replace(dropped, '-').replace(/^-+|-+$/g, '');
  return mode === 'title' ? slug : slug.toLowerCase();
}

export function jekyllPermalink(pattern: string, post: PermalinkPost): string {
  const template = jekyllStyles[pattern] ?? pattern;
  const [y = '', mo = '', d = ''] = post.date.slice(0, 10).split('-');
  const name = post.slug ?? post.fileName;
  const values: Record<string, string> = {
    year: y,
    month: mo,
    day: d,
    i_month: String(+mo),
    i_day: String(+d),
    short_year: y.slice(2),
    y_day: dayOfYear(post.date),
    title: jekyllSlug(name, 'title'),
    slug: jekyllSlug(name, 'slug'),
    // Jekyll lowercases categories and escapes what a URL cannot hold: `Edge Case` → `edge%20case`.
    categories: post.section.map((c) => encodeURIComponent(c.toLowerCase())).join('/'),
    output_ext: '.html',
  };
  return clean(template.replace(/:(\w+)/g, (_, name: string) => values[name] ?? ''));
}

/**
 * A path segment as Hugo serves it: letters, digits and `._+~@-` kept, a run of spaces
 * one hyphen (none after a hyphen), anything else dropped, then lowercased (Hugo's
 * default): `SRE & IaC` → `sre-iac`. `#` and `\` too are dropped: no alias can hold them.
 */
export function hugoPathSegment(text: string): string {
  let out = '';
  let space = false;
  for (const ch of text) {
    if (/[\p{L}\p{N}\p{M}._+~@-]/u.test(ch)) {
      if (space && !out.endsWith('-') && ch !== '-') out += '-';
      space = false;
      out += ch;
    } else if (/\s/.test(ch) && out && !out.endsWith('-')) space = true;
  }
  return out.toLowerCase();
}

/** Hugo: a `[permalinks]` pattern for the section, else `/<sections>/<slug or file name>/`. */
export function hugoPermalink(pattern: string | undefined, post: PermalinkPost): string {
  const [y, mo, d] = post.date.slice(0, 10).split('-') as [string, string, string];
  const fileName = hugoPathSegment(post.fileName);
  const slug = post.slug ? hugoPathSegment(post.slug) : undefined;
  const sections = post.section.map(hugoPathSegment);
  if (!pattern) return clean(`${sections.join('/')}/${slug ?? fileName}/`);
  const values: Record<string, string> = {
    year: y,
    month: mo,
    monthname: monthNames[+mo - 1]!,
    day: d,
    section: sections[0] ?? '',
    sections: sections.join('/'),
    title: pathWords(post.title),
    slug: slug ?? pathWords(post.title),
    filename: fileName,
    slugorfilename: slug ?? fileName,
    contentbasename: fileName,
  };
  return clean(pattern.replace(/:(\w+)/g, (_, name: string) => values[name] ?? ''));
}

/** Zola: `/<section path>/<slug>/`, or the page's own `path`. */
export function zolaPermalink(post: PermalinkPost, path?: string): string {
  if (path) return clean(`${path.replace(/^\/|\/$/g, '')}/`);
  return clean(`${post.section.join('/')}/${post.slug ?? slugify(post.fileName)}/`);
}
