/** The pages the bench loads, their one-response limits, and the clicks it times on them. */
import type { SampleFacts } from './sample-facts.ts';

export type Blog = 'sample' | 'big';
export const pageKinds = ['home', 'post', 'tag', 'series'] as const;
export type Kind = (typeof pageKinds)[number];

export interface PageDef {
  /** e.g. "sample post", "sample post limit". */
  id: string;
  blog: Blog;
  kind: Kind;
  /** The page's one-response version (limit-pages.ts). */
  limit: boolean;
  url: string;
}

export interface ClickSpec {
  id: string;
  selector: string;
  /**
   * true: scroll the link into view, point at it (the reader's intent) and let prefetching
   * happen before the click.
   * false: the link was never in view, hovered or focused (and the bench checks that
   * its page was not fetched).
   */
  prefetch: boolean;
  /**
   * A finger's tap on the link, scrolled into view first (a reader taps what they see), instead
   * of element.click(): the page may start on the touch, before the click.
   */
  tap?: boolean;
}

export interface Visit {
  page: PageDef;
  click?: ClickSpec;
}

/** The path of each kind of page in either blog (the big blog contains the sample posts). */
export function pagePaths(facts: SampleFacts): Partial<Record<Kind, string>> {
  return {
    home: '/',
    post: `/posts/${facts.longSlug}`,
    tag: `/tags/${encodeURIComponent(facts.tagSlug)}`,
    ...(facts.seriesSlug && { series: `/series/${facts.seriesSlug}` }),
  };
}

export const pageId = (blog: Blog, kind: Kind, limit = false) => `${blog} ${kind}${limit ? ' limit' : ''}`;

const olderPost = '.post-nav-older';

/** Every visit of one blog: each page, its limit, and the post once more for the click on a link not prefetched. */
export function blogVisits(
  blog: Blog,
  origin: string,
  paths: Partial<Record<Kind, string>>,
  limitPaths: Record<string, string>,
): Visit[] {
  const visits: Visit[] = [];
  for (const kind of pageKinds) {
    const pagePath = paths[kind];
    if (pagePath === undefined) continue;
    const page: PageDef = { id: pageId(blog, kind), blog, kind, limit: false, url: origin + pagePath };
    const limit: PageDef = { id: pageId(blog, kind, true), blog, kind, limit: true, url: origin + limitPaths[kind]! };
    if (kind === 'home') {
      visits.push({
        page,
        click: { id: `${blog} home → first post`, selector: '.post-list a[href*="/posts/"]', prefetch: true },
      });
    } else if (kind === 'post') {
      visits.push({ page, click: { id: `${blog} post → older post`, selector: olderPost, prefetch: true } });
      visits.push({ page, click: { id: `${blog} post → older post, not prefetched`, selector: olderPost, prefetch: false } });
      visits.push({
        page,
        click: { id: `${blog} post → older post, tapped, not prefetched`, selector: olderPost, prefetch: false, tap: true },
      });
    } else {
      visits.push({ page });
    }
    visits.push({ page: limit });
  }
  return visits;
}
