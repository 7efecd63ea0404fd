/** What a page puts in the document head: returned by each route's loader. */
export interface Head {
  title: string;
  description: string;
  /** Router path of the page's canonical URL (without the base). */
  path: string;
  type: 'website' | 'article';
  published?: string;
  modified?: string;
  /** A post's authors, each with the router path of their page. */
  authors?: { name: string; path: string }[];
  tags?: string[];
  /** The post's cover: a path relative to the posts folder, from the site root (`/…`), or an absolute URL. */
  image?: string;
  /** The cover's size in pixels, when the build measured it. */
  imageSize?: { width: number; height: number };
  /** Lists and posts differ in JSON-LD. */
  kind: 'post' | 'list' | 'other';
  /** Not-found and filtered pages are not indexed. */
  noindex?: boolean;
  /** The folder of the page's own feeds (`tags/go/`), for tag and series pages. */
  feedDir?: string;
}

export interface LoaderData {
  head: Head;
}

export function pageTitle(title: string, siteTitle: string): string {
  return title === siteTitle ? title : `${title} · ${siteTitle}`;
}
