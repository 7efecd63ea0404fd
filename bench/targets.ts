/**
 * What the bench checks, besides the JavaScript budgets (src/build/budgets.ts). Figures
 * are phone-profile medians; "limit" is a page's own one-response version (limit-pages.ts).
 */
import type { Kind } from './visits.ts';

export const targets = {
  /** Cold LCP of the long post ÷ its limit's LCP. */
  postLcpRatio: 1.1,
  /** Cold FCP of the home and tag pages ÷ their limits' FCP. */
  fcpRatio: 1.1,
  /** Total blocking time from first paint to 5 s after load, on home, post and tag. */
  tbtMs: 50,
  /** Requests started within 5 s after the load event, with no reader input. */
  requestsAfterLoad: 3,
  /** Click on a post link that was prefetched (in view and pointed at, then idle) → new page painted. */
  prefetchedClickMs: 100,
  /** Click on a post link that was never in view, hovered or focused → new page painted. */
  coldClickMs: 300,
  /** Bytes of each page in the big blog vs the same page in the sample blog. */
  bytesDrift: 0.1,
  /** Cold build of the big blog (wall time). */
  bigBuildS: 120,
  /** Rebuild after one post of the big blog changed (wall time). */
  rebuildS: 10,
} as const;

/**
 * The pages whose first paints have a line above (the post's LCP, the home and tag pages'
 * FCP): they and their limits get the loads made for first paints alone (measure.ts).
 */
export const firstPaintKinds: readonly Kind[] = ['home', 'post', 'tag'];

/** How long after the load event total blocking time and requests are counted. */
export const afterLoadWindowMs = 5000;
