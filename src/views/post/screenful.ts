/**
 * How many characters of a post's text fill the reader's screen below the post's header: a
 * clicked post's text is shown that much first and the rest a frame later
 * (markdown/body-html.ts). An estimate from the stylesheet's type, erring long (0032): text
 * that falls short of the screen shows a gap until the rest comes, text past it costs layout
 * before the paint.
 */

/** The text's line: 1.0625rem at line-height 1.7 (1rem under 40rem wide, global.css). */
const lineHeightPx = 29;
/** An average character of running text in that type. */
const charWidthPx = 8;
/** The text's widest line, `--measure` (68ch), in characters of running text. */
const measureChars = 75;
/** Left and right padding of `main` on a phone. */
const paddingPx = 32;
/** Above the text at least: the site's header, a title of one line, its date and tags (a series box or a cover put it lower). */
const headerPx = 250;
/** Never fewer lines than this, on a screen too short for the estimate. */
const minLines = 8;

export function screenfulChars(width: number, height: number): number {
  const perLine = Math.min(measureChars, Math.floor((width - paddingPx) / charWidthPx));
  const lines = Math.max(minLines, Math.floor((height - headerPx) / lineHeightPx));
  return perLine * lines;
}
