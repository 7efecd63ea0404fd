/**
 * Applies the dev server's file events to its content one batch at a time: events that
 * arrive while a load or an update runs wait for it and are applied together after it,
 * so rapid saves cannot race, and a failure is reported and retried, never kept.
 *
 * A save is often seen half done: the watcher reports the emptied file and may drop the
 * report of the write that follows within the same moment. So each file is looked at
 * again a little later, and an update is reported only when something changed.
 */
import type { Content } from '../content/load-content.ts';

export interface ContentState {
  /** Reads every post afresh. */
  load(): Promise<void>;
  /** A file under the posts folder was added, changed or removed; says whether the content changed. */
  touched(file: string): Promise<boolean>;
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

export function devUpdates(
  state: ContentState,
  onUpdate: (settled: Settled, first: boolean) => void,
  { recheckMs = 250 }: { recheckMs?: number } = {},
): DevUpdates {
  const pending = new Set<string>();
  /** Files to look at again, not reported by the watcher this time. */
  const rechecks = new Set<string>();
  let loaded = false;
  let settled: Settled = {};
  let running: Promise<void> | undefined;
  let started = false;

  function recheckLater(files: string[]) {
    if (files.length === 0) return;
    const timer = setTimeout(() => {
      for (const file of files) rechecks.add(file);
      start();
    }, recheckMs);
    timer.unref?.();
  }

  async function run() {
    do {
      const files = [...pending];
      const again = [...rechecks].filter((f) => !pending.has(f));
      pending.clear();
      rechecks.clear();
      const first = settled.content === undefined && settled.failure === undefined;
      let changed = !loaded || settled.failure !== undefined;
      try {
        // A load reads every file as it is now, so it covers the events that came before it.
        if (!loaded) await state.load();
        else for (const file of [...files, ...again]) changed = (await state.touched(file)) || changed;
        loaded = true;
        settled = { content: state.content() };
      } catch (error) {
        // Unknown state: the next event loads everything again.
        loaded = false;
        changed = true;
        settled = {
          ...(settled.content && { content: settled.content }),
          failure: error instanceof Error ? error : new Error(String(error)),
        };
      }
      if (changed) onUpdate(settled, first);
      recheckLater(files);
    } while (pending.size > 0 || rechecks.size > 0);
  }

  function start() {
    started = true;
    running ??= run().finally(() => {
      running = undefined;
      if (pending.size > 0 || rechecks.size > 0) start();
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
