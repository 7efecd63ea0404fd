/// <reference lib="webworker" />
/**
 * Renders Markdown to the HTML of a post's text off the main thread, so parsing never blocks
 * a click or a scroll. Given the Markdown's URL, it fetches the file itself and parses it as it
 * comes, while the page is busy with the post's data; the options from that data follow (0031).
 */
import type { Root } from 'mdast';
import { fetchFile, textOf, type NoFile } from '../lib/fetch-file.ts';
import { bodyHtml, type BodyHtml, type BodyOptions } from './body-html.ts';
import { mdastToHastNow } from './markdown-to-hast.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { highlightCode, loadHighlighter, mayHaveFencedCode } from './plugins/rehype-highlight-when-needed.ts';
import { warmUp } from './warm-up.ts';

/**
 * A text to render; or a file to fetch and render, its options in a second message (or none,
 * when the page gives up on it); or a file to fetch for the page (`fetch`: the post's data,
 * which then leaves with its Markdown and never waits for the main thread).
 */
export type WorkerRequest =
  | { id: number; markdown: string; options: BodyOptions }
  | { id: number; url: string }
  | { id: number; options?: BodyOptions }
  | { id: number; fetch: string };

/**
 * The text, `final` unless its code was left plain because the highlighter was still on its
 * way: the highlighted text follows in a second reply (or an error, and the plain text stays).
 * `noFile`: the Markdown did not come, and why (for the page to name, data/source.ts).
 * `running`: the worker has started; from then on, it can fetch a file without delay.
 */
export type WorkerReply =
  | 'running'
  | { id: number; body: BodyHtml; final: boolean }
  | { id: number; error: string }
  | { id: number; noFile: NoFile }
  | { id: number; fetched: FetchedFile };

/** A file the worker fetched for the page: its text, and its type for the page's checks. */
export interface FetchedFile {
  text: string;
  contentType: string;
}

/** The options of the files being fetched, as they come from the page (none: it gave up on them). */
const optionsFor = new Map<number, (options: BodyOptions | undefined) => void>();

/** Once the page asks for anything (a post, its data), the warm-up stops: it would only delay it. */
let requested = false;

self.onmessage = ({ data }: MessageEvent<WorkerRequest>) => {
  requested = true;
  if ('fetch' in data) {
    void fetchText(data.fetch).then((read) =>
      reply('noFile' in read ? { id: data.id, noFile: read.noFile } : { id: data.id, fetched: read }),
    );
  } else if ('markdown' in data) {
    void render(data.id, Promise.resolve(data.markdown).then(parse), Promise.resolve(data.options));
  } else if ('url' in data) {
    const options = new Promise<BodyOptions | undefined>((resolve) => optionsFor.set(data.id, resolve));
    void render(data.id, fetchAndParse(data.id, data.url), options);
  } else {
    optionsFor.get(data.id)?.(data.options);
    optionsFor.delete(data.id);
  }
};

const reply = (message: WorkerReply) => self.postMessage(message);

function parse(markdown: string): Root {
  // The highlighter downloads while the Markdown is parsed, not after.
  if (mayHaveFencedCode(markdown)) void loadHighlighter().catch(() => undefined);
  return parseMarkdown(markdown);
}

/** A file's text and type, or why it did not come. */
async function fetchText(url: string): Promise<FetchedFile | { noFile: NoFile }> {
  const fetched = await fetchFile(url);
  if ('noFile' in fetched) return fetched;
  const read = await textOf(fetched.file);
  return 'text' in read ? { text: read.text, contentType: fetched.file.headers.get('content-type') ?? '' } : read;
}

/** The parsed file, or undefined once the page has been told why it did not come. */
async function fetchAndParse(id: number, url: string): Promise<Root | undefined> {
  const read = await fetchText(url);
  if ('text' in read) return parse(read.text);
  optionsFor.delete(id);
  reply({ id, noFile: read.noFile });
  return undefined;
}

/** Parsing's failures come here too, as the promise's: each is answered to its request. */
async function render(id: number, parsed: Promise<Root | undefined>, options: Promise<BodyOptions | undefined>): Promise<void> {
  try {
    const tree = await parsed;
    const given = tree && (await options);
    if (!given) return;
    // Strings, not the tree: copied back at once, and set by the page without building an element at a time (0026).
    // The text is not held back by the highlighter's download: its code is coloured in a second reply (0029).
    const { tree: hast, codeLeftPlain } = await mdastToHastNow(tree, given);
    reply({ id, body: bodyHtml(hast, given.screenful), final: !codeLeftPlain });
    if (!codeLeftPlain) return;
    await highlightCode(hast);
    reply({ id, body: bodyHtml(hast, given.screenful), final: true });
  } catch (error) {
    reply({ id, error: error instanceof Error ? error.message : String(error) });
  }
}

reply('running');
// In a task of its own: a request sent while this code loaded goes first, and stops it.
setTimeout(() => void warmUp(() => requested).catch(() => undefined));
