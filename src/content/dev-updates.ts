/**
 * Applies the dev server's file events to its content one batch at a time: events that
 * arrive while a load or an update runs wait for it and are applied together after it,
 * so rapid saves cannot race, and a failure is reported and retried, never kept.
 */
import type { Content } from './load-content.ts';

export interface ContentState {
  /** Reads every post afresh. */
  load(): Promise<void>;
  /** A file under the posts folder was added, changed or removed. */
  touched(file: string): Promise<void>;
  content(): Content;
}

export interface Settled {
  /** The content after every event so far, or the last that could be made. */
  content?: Content;
  /** Why the last load or update failed, until one succeeds. */
  failure?: Error;
}

export interface DevUpdates {
  notify(file: string): void;
  /** Waits until every event so far has been applied (loading first if nothing has been). */
  settled(): Promise<Settled>;
}

export function devUpdates(state: ContentState, onUpdate: (settled: Settled, first: boolean) => void): DevUpdates {
  const pending = new Set<string>();
  let loaded = false;
  let settled: Settled = {};
  let running: Promise<void> | undefined;
  let started = false;

  async function run() {
    do {
      const files = [...pending];
      pending.clear();
      const first = settled.content === undefined && settled.failure === undefined;
      try {
        // A load reads every file as it is now, so it covers the events that came before it.
        if (!loaded) await state.load();
        else for (const file of files) await state.touched(file);
        loaded = true;
        settled = { content: state.content() };
      } catch (error) {
        // Unknown state: the next event loads everything again.
        loaded = false;
        settled = { ...(settled.content && { content: settled.content }), failure: error instanceof Error ? error : new Error(String(error)) };
      }
      onUpdate(settled, first);
    } while (pending.size > 0);
  }

  function start() {
    started = true;
    running ??= run().finally(() => {
      running = undefined;
      if (pending.size > 0) start();
    });
  }

  return {
    notify(file) {
      pending.add(file);
      start();
    },
    async settled() {
      // Only the first load starts here; after a failure, the next file event tries again.
      if (!started) start();
      while (running) await running;
      return settled;
    },
  };
}
