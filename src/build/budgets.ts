/**
 * Byte budgets (gzip) for the JavaScript a reader downloads to open a page, as
 * `pageJavaScript()` counts it. Checked in CI (scripts/check-budgets.ts) and by the bench.
 */
export const budgets = {
  /** The home page. */
  home: 125 * 1024,
  /** A post without code blocks (highlighting loads only with code). */
  post: 180 * 1024,
} as const;
