/**
 * The offline page the worker answers with when a page was never kept: the build writes
 * it (build/offline-page.ts) with a marker that the worker replaces by the posts it keeps.
 */
export const postsMarker = '<!--quire:offline-posts-->';

export interface KeptPost {
  href: string;
  /** As it stands, HTML-escaped, in the kept page's `og:title`. */
  titleHtml: string;
}

/** A kept post page's title, still escaped (it goes back into HTML as it is). */
export function keptTitle(html: string): string | undefined {
  return /<meta property="og:title" content="([^"]*)">/.exec(html)?.[1];
}

export function fillOfflinePage(page: string, posts: KeptPost[]): string {
  const list = posts.length
    ? `<p>These posts are saved in this browser and read without a connection:</p>\n<ul class="offline-posts">${posts
        .map((p) => `<li><a href="${p.href}">${p.titleHtml}</a></li>`)
        .join('')}</ul>`
    : '<p>No posts are saved yet: a post you open while online is kept for reading offline.</p>';
  return page.replace(postsMarker, () => list);
}
