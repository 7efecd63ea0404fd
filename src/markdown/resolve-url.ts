/**
 * Where a URL written in a post leads. Relative links and images resolve against the
 * post's own folder (`posts/`, or `posts/<slug>/` for a folder post), as in an editor's
 * preview of the file; a link to another post's file (`x.md`, `../x.md`, `x/index.md`)
 * becomes that post's page. Root-relative URLs get the site's base path so they work
 * under a sub-path. Apart from rehype-resolve-urls, so that the post view resolves its
 * cover without loading a tree walker.
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
