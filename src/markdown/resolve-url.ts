/**
 * Where a URL written in a post leads. Relative links and images resolve against the
 * post's own folder (`posts/`, or `posts/<slug>/` for a folder post), as in an editor's
 * preview of the file; a link to another post's file (`x.md`, `../x.md`, `x/index.md`)
 * becomes that post's page. Root-relative URLs get the site's base path so they work
 * under a sub-path. An image written with `http:` is asked for over https: the site's CSP
 * allows no other, and a browser on an https page would upgrade it anyway. Apart from
 * rehype-resolve-urls, so that the post view resolves its cover without loading a tree walker.
 */
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

/** The URL as a browser's parser reads it: without tabs and newlines, or leading control characters and spaces. */
// eslint-disable-next-line no-control-regex
const cleaned = (url: string) => url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');

/**
 * The URL's scheme in lowercase, or `undefined` for a relative URL: read case-insensitively,
 * and only when the text before the first colon is a valid scheme (`foo):` is a path).
 */
export function urlScheme(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned(url))?.[1]!.toLowerCase();
}

/** Where an image written in a post is loaded from: as resolveUrl says, over https when written with http. */
export function resolveImageUrl(url: string, base: string, dir = ''): string {
  return urlScheme(url) === 'http' ? `https:${cleaned(url).slice('http:'.length)}` : resolveUrl(url, base, dir);
}
