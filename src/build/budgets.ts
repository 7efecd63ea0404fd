/**
 * Budgets for the JavaScript a reader downloads to open a page, as `pageJavaScript()`
 * counts it: bytes (gzip) and files. Checked in CI (scripts/check-budgets.ts) and by the bench.
 */
export const budgets = {
  /** The home page. */
  home: 125 * 1024,
  /** A post without code blocks (highlighting loads only with code). */
  post: 180 * 1024,
} as const;

/**
 * Files of JavaScript to open a page: the entry, the libraries, the app and the page's view
 * (docs/decisions/0036-app-chunks.md). A fifth is most often a helper the view imports from
 * a module that brings code meant to load later (docs/decisions/0042-post-opens-with-four-files.md).
 */
export const fileBudget = 4;
