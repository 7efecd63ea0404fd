/**
 * V8 compiles a function well only after it has run for a while. Rendering a document shaped
 * like a post a few times, as soon as the worker starts, puts the parser and the plugins in
 * that state before the reader's first post comes (0031).
 */
import { markdownToBodyHtml } from './body-html.ts';

const paragraph =
  'A paragraph of plain words with *emphasis*, **strong words**, `inline code`, a [link](/posts/a/) ' +
  'and a bare https://example.com/b, long enough for the tokenizers to loop over text as a post makes them.\n\n';

/**
 * Every construct the sample posts use. Nothing that loads a chunk of its own: its code names
 * no language (the highlighter) and it has no raw HTML but a comment (the HTML parser).
 */
export const warmUpDocument =
  '# A heading\n\nAn intro with *text*, **strong**, `code` and a [link](/a).\n\n<!-- more -->\n\n' +
  paragraph.repeat(4) +
  '## A list\n\n- one\n- two with `code`\n  - nested\n\n1. first\n2. second\n\n- [x] done\n- [ ] to do\n\n' +
  '> A quote with *emphasis*.\n\n```\nx = 1\n```\n\n    indented code\n\n' +
  '| a | b |\n| :- | -: |\n| 1 | 2 |\n\n![An image](/a.png "Title")\n\nA note[^1], ~~gone~~.\n\n' +
  paragraph.repeat(2) +
  '[^1]: The note.\n';

const rounds = 6;

/** Renders the document `rounds` times, each in its own task, until `stop` says a real render is waiting. */
export async function warmUp(stop: () => boolean): Promise<void> {
  for (let round = 0; round < rounds && !stop(); round++) {
    await markdownToBodyHtml(warmUpDocument, { base: '/' });
    await new Promise((next) => setTimeout(next));
  }
}
