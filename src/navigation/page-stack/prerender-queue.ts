/**
 * Which pages the page stack renders ahead of time, out of sight: a few post pages whose
 * code and data are already prefetched, so a click on their link only has to reveal them.
 * Links that come into view take free places; a link under the pointer, focus or finger
 * takes the place of the oldest. Pages waiting from an earlier page give way to new ones.
 */
import { matchRoute } from '../match-route.ts';

/** A page in the stack. Its id (React's key for it) stays with it when it becomes the current page. */
export interface StackedPage {
  path: string;
  id: number;
}

/** Pages kept ready besides the current one: each costs memory and idle-time rendering. */
const limit = 3;
/** Longest the router waits for a clicked page to be revealed once its data is here. */
const revealWaitMs = 500;

export const prerenderable = (path: string) => matchRoute(path)?.route.id === 'post';

export class PrerenderQueue {
  private nextId = 1;
  private waiting: StackedPage[] = [];
  /** How many of `waiting` (the first ones) were requested by pages the reader has left. */
  private stale = 0;
  /** The page the reader is on; its frame is reused for the next page unless that one is waiting. */
  private shown: StackedPage = { path: '', id: 0 };
  private readonly listeners = new Set<() => void>();
  private revealer: ((path: string) => boolean) | undefined;
  /** The page shown ahead of the router, until the router has loaded it. */
  private revealedPath: string | undefined;
  /** A page clicked while it was still being rendered ahead: revealed once its first screen is and the page stack can. */
  private pendingReveal: { path: string; settled: Promise<void>; settle: () => void } | undefined;
  /** Waiting pages whose first screen has committed: only these are revealed (a frame without its text would flash empty). */
  private firstScreens = new Set<string>();

  /** Forgets the first screens of pages no longer waiting. */
  private setWaiting(pages: StackedPage[]) {
    this.waiting = pages;
    for (const path of this.firstScreens) if (!pages.some((p) => p.path === path)) this.firstScreens.delete(path);
  }

  private emit() {
    this.listeners.forEach((listener) => listener());
  }

  request(path: string, { intent }: { intent: boolean }): void {
    if (path === this.shown.path || !prerenderable(path) || this.waiting.some((p) => p.path === path)) return;
    if (this.waiting.length >= limit) {
      if (!intent && !this.stale) return;
      this.setWaiting(this.waiting.slice(1));
      this.stale = Math.max(0, this.stale - 1);
    }
    this.setWaiting([...this.waiting, { path, id: this.nextId++ }]);
    this.emit();
  }

  /** The frame that shows `path`, given the pages as rendered: one already showing it, else the current one. */
  frameFor(path: string, rendered: StackedPage[]): StackedPage {
    if (path === this.shown.path) return this.shown;
    return rendered.find((p) => p.path === path) ?? { path, id: this.shown.id };
  }

  /** The reader is on `frame`: it and the pages rendered before it leave the queue (see PageStack). */
  arrivedAt(frame: StackedPage): void {
    this.shown = frame;
    this.cancelReveal();
    const at = this.waiting.findIndex((p) => p.id === frame.id);
    const next = at === -1 ? this.waiting : this.waiting.slice(at + 1);
    this.stale = next.length;
    if (next !== this.waiting) {
      this.setWaiting(next);
      this.emit();
    }
  }

  /** A page that failed to render ahead of time is left to the real navigation. */
  drop(path: string): void {
    const at = this.waiting.findIndex((p) => p.path === path);
    if (at === -1) return;
    if (this.pendingReveal?.path === path) this.cancelReveal();
    this.setWaiting(this.waiting.filter((p) => p.path !== path));
    if (at < this.stale) this.stale--;
    this.emit();
  }

  waitingPages = (): StackedPage[] => this.waiting;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Called by a link after it has asked the router to go to `path`: if that page is rendered
   * ahead of time, the page stack shows it at once, before the router has done its part
   * (which then changes nothing on screen). True if it did.
   */
  reveal(path: string): boolean {
    // The router may be waiting for this page already: it waits on until the page is shown.
    const pending = this.pendingReveal?.path === path ? this.pendingReveal : undefined;
    if (!pending) this.cancelReveal();
    const shown = (this.firstScreens.has(path) && this.revealer?.(path)) ?? false;
    if (shown) {
      this.revealedPath = path;
      this.cancelReveal();
    } else if (!this.waiting.some((p) => p.path === path)) this.cancelReveal();
    else if (!pending) {
      // Still being rendered (a click the page was requested by): shown as soon as its first
      // screen is, ahead of the router's own work, which waits for it (afterRevealedPaint).
      let settle = () => {};
      const settled = new Promise<void>((resolve) => (settle = resolve));
      this.pendingReveal = { path, settled, settle };
    }
    return shown;
  }

  /** A page rendered ahead has its first screen: revealed now if the reader clicked its link meanwhile. */
  firstScreenReady(path: string): void {
    if (this.waiting.some((p) => p.path === path)) this.firstScreens.add(path);
    // Its frame may have come in the same commit as its first screen (its data was here
    // already): then the page stack reveals it once it has that frame (setRevealer).
    if (this.pendingReveal?.path === path) this.reveal(path);
  }

  /** The reader went elsewhere (Back, another link) or the page was dropped: no reveal is waiting. */
  cancelReveal(): void {
    this.pendingReveal?.settle();
    this.pendingReveal = undefined;
  }

  /** The page stack's way to reveal a page; returns the function that removes it. */
  setRevealer(fn: (path: string) => boolean): () => void {
    this.revealer = fn;
    const pending = this.pendingReveal;
    if (pending && this.firstScreens.has(pending.path)) this.reveal(pending.path);
    return () => {
      if (this.revealer === fn) this.revealer = undefined;
    };
  }

  /**
   * For the router's loaders: when their page is already on screen, the router's own work
   * (the history entry, its state, a render that changes nothing) waits until the browser
   * has painted it.
   */
  async afterRevealedPaint(path: string): Promise<void> {
    const pending = this.pendingReveal;
    if (pending?.path === path) {
      // Its data is here, so its first screen is moments away; a page that never gets there
      // (an error shown in its place) does not hold the router for long. Once it is shown the
      // router goes on before the paint: revealed in the middle of React's work, the page
      // would otherwise show for a while with the old address, and Back then would leave the
      // page the reader clicked on.
      await Promise.race([pending.settled, new Promise((resolve) => setTimeout(resolve, revealWaitMs))]);
      // Too late: the router shows it; a reveal now would come from the page it left.
      if (this.pendingReveal === pending) this.cancelReveal();
      if (path === this.revealedPath) this.revealedPath = undefined;
      return;
    }
    if (path !== this.revealedPath) return;
    this.revealedPath = undefined;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  }
}
