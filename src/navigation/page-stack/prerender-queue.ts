/**
 * Which pages the page stack renders ahead of time, out of sight: a few post pages whose
 * code and data are already prefetched, so a click on their link only has to reveal them.
 * Links that come into view take free places; a link under the pointer, focus or finger
 * takes the place of the oldest. Pages waiting from an earlier page give way to new ones.
 */
import { matchView } from '../route-table.ts';

/** A page in the stack. Its id (React's key for it) stays with it when it becomes the current page. */
export interface StackedPage {
  path: string;
  id: number;
}

/** Pages kept ready besides the current one: each costs memory and idle-time rendering. */
const limit = 3;

let nextId = 1;
let waiting: StackedPage[] = [];
/** How many of `waiting` (the first ones) were requested by pages the reader has left. */
let stale = 0;
/** The page the reader is on; its frame is reused for the next page unless that one is waiting. */
let shown: StackedPage = { path: '', id: 0 };
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export const prerenderable = (path: string) => matchView(path)?.route.id === 'post';

export function requestPrerender(path: string, { intent }: { intent: boolean }): void {
  if (path === shown.path || !prerenderable(path) || waiting.some((p) => p.path === path)) return;
  if (waiting.length >= limit) {
    if (!intent && !stale) return;
    waiting = waiting.slice(1);
    stale = Math.max(0, stale - 1);
  }
  waiting = [...waiting, { path, id: nextId++ }];
  emit();
}

/** The frame that shows `path`, given the pages as rendered: one already showing it, else the current one. */
export function frameFor(path: string, rendered: StackedPage[]): StackedPage {
  if (path === shown.path) return shown;
  return rendered.find((p) => p.path === path) ?? { path, id: shown.id };
}

/** The reader is on `frame`: it and the pages rendered before it leave the queue (see PageStack). */
export function arrivedAt(frame: StackedPage): void {
  shown = frame;
  const at = waiting.findIndex((p) => p.id === frame.id);
  const next = at === -1 ? waiting : waiting.slice(at + 1);
  stale = next.length;
  if (next !== waiting) {
    waiting = next;
    emit();
  }
}

/** A page that failed to render ahead of time is left to the real navigation. */
export function dropPrerender(path: string): void {
  const at = waiting.findIndex((p) => p.path === path);
  if (at === -1) return;
  waiting = waiting.filter((p) => p.path !== path);
  if (at < stale) stale--;
  emit();
}

export const waitingPages = (): StackedPage[] => waiting;

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let revealer: ((path: string) => boolean) | undefined;
/** The page shown ahead of the router, until the router has loaded it. */
let revealedPath: string | undefined;

/**
 * Called by a link after it has asked the router to go to `path`: if that page is rendered
 * ahead of time, the page stack shows it at once, before the router has done its part
 * (which then changes nothing on screen). True if it did.
 */
export function revealAheadOfTime(path: string): boolean {
  const shown = revealer?.(path) ?? false;
  if (shown) revealedPath = path;
  return shown;
}

export function setRevealer(fn: (path: string) => boolean): () => void {
  revealer = fn;
  return () => {
    if (revealer === fn) revealer = undefined;
  };
}

/**
 * For the router's loaders: when their page is already on screen, the router's own work
 * (the history entry, its state, a render that changes nothing) waits until the browser
 * has painted it.
 */
export async function afterRevealedPaint(path: string): Promise<void> {
  if (path !== revealedPath) return;
  revealedPath = undefined;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}
