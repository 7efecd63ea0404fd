/** Which links of a post's text the router follows, and where to. */

export interface LinkContext {
  /** Router path of the page the post is shown on: its #fragments belong to it. */
  pagePath: string;
  /** The site's base path. */
  base: string;
}

/**
 * The router path a link of a post leads to, or undefined for a link the browser follows
 * (another site, a file). A #fragment (a footnote, a heading) goes through the router too:
 * the browser's own jump leaves a history entry the router cannot tell from the page's, and
 * it may restore that entry's scroll position over the jump.
 */
export function routerTarget(href: string, { base, pagePath }: LinkContext): string | undefined {
  if (href.startsWith('#')) return pagePath + href;
  const internal = href.startsWith(base) && !/\.[a-z0-9]+(?:[?#]|$)/i.test(href.slice(base.length));
  return internal ? '/' + href.slice(base.length) : undefined;
}
