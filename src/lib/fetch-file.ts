/**
 * A GET for one of the site's files, as the page and the Markdown worker make it: with a
 * timeout, and an answer that is not the file told apart from the file. The data layer
 * names what went wrong (data/source.ts); the worker sends it to the page to be named there.
 */

/** Longest a request may take, reading its body included. */
export const fetchTimeoutMs = 15_000;

/** Why a request gave no file: what the server answered instead, or that no answer came (in time). */
export type NoFile = { status: number; statusText: string; contentType: string } | { unreachable: true } | { timedOut: true };

/** The file's response, or why there is none. A web page in its place (a host that answers every path with index.html) is not the file. */
export async function fetchFile(url: string): Promise<{ file: Response } | { noFile: NoFile }> {
  // What AbortSignal.timeout() does (it covers reading the body too), on a timer a test's clock can move.
  const timeout = new AbortController();
  setTimeout(() => timeout.abort(new DOMException('No answer in time', 'TimeoutError')), fetchTimeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal: timeout.signal });
  } catch (error) {
    const kept = await keptCopy(url);
    return kept ? { file: kept } : { noFile: noAnswer(error) };
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (response.ok && !contentType.includes('text/html')) return { file: response };
  return { noFile: { status: response.status, statusText: response.statusText, contentType } };
}

/**
 * The copy offline reading kept of a file the network did not bring: the service worker
 * leaves data and Markdown to the network (navigation/offline/cache-rules.ts, networkRoutes),
 * so the page and the Markdown worker look in its cache themselves.
 */
async function keptCopy(url: string): Promise<Response | undefined> {
  if (typeof caches === 'undefined') return undefined;
  return caches.match(url).catch(() => undefined);
}

/** The text of a file's response, or why it did not all come. */
export async function textOf(response: Response): Promise<{ text: string } | { noFile: NoFile }> {
  try {
    return { text: await response.text() };
  } catch (error) {
    return { noFile: noAnswer(error) };
  }
}

const noAnswer = (error: unknown): NoFile =>
  error instanceof DOMException && error.name === 'TimeoutError' ? { timedOut: true } : { unreachable: true };
