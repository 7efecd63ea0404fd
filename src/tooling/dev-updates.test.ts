import { describe, expect, it } from 'vitest';
import type { Content } from '../content/load-content.ts';
import { devUpdates, type ContentState, type Settled } from './dev-updates.ts';

/** A state whose load and updates finish when the test says, and record what ran. */
function fakeState() {
  const log: string[] = [];
  const waiting: (() => void)[] = [];
  let failLoads = 0;
  /** Files whose next look finds nothing new. */
  const unchanged = new Set<string>();
  let version = 0;
  const step = (what: string) =>
    new Promise<void>((resolve, reject) => {
      log.push(`start ${what}`);
      waiting.push(() => {
        log.push(`end ${what}`);
        if (what === 'load' && failLoads > 0) {
          failLoads--;
          reject(new Error('disk on fire'));
        } else resolve();
      });
    });
  const state: ContentState = {
    load: () => step('load'),
    touched: (file) => step(file).then(() => !unchanged.delete(file)),
    content: () => ({ diagnostics: [], version: ++version }) as unknown as Content,
  };
  const finishAll = async () => {
    // Finish steps until none is left, letting each run start the next.
    for (let i = 0; i < 100; i++) {
      await new Promise((r) => setTimeout(r, 0));
      const next = waiting.shift();
      if (!next) return;
      next();
    }
  };
  return { state, log, finishAll, unchanged, failNextLoad: () => failLoads++ };
}

/** No second look during the test. */
const never = { recheckMs: 3_600_000 };

describe('devUpdates', () => {
  it('applies events that arrive during the first load after it, one at a time, and reloads the page only for them', async () => {
    const { state, log, finishAll } = fakeState();
    const updates: { settled: Settled; first: boolean }[] = [];
    const dev = devUpdates(state, (settled, first) => updates.push({ settled, first }), never);
    const settled = dev.settled();
    dev.notify('/posts/a.md');
    dev.notify('/posts/b.md');
    dev.notify('/posts/a.md');
    await finishAll();
    await settled;
    expect(log).toEqual([
      'start load',
      'end load',
      'start /posts/a.md',
      'end /posts/a.md',
      'start /posts/b.md',
      'end /posts/b.md',
    ]);
    expect(updates.map((u) => u.first)).toEqual([true, false]);
    dev.notify('/posts/c.md');
    await finishAll();
    expect(await dev.settled()).toEqual({ content: { diagnostics: [], version: 3 } });
  });

  it('waits for every event so far before answering', async () => {
    const { state, finishAll } = fakeState();
    const dev = devUpdates(state, () => {}, never);
    void dev.settled();
    await finishAll();
    dev.notify('/posts/a.md');
    let answered = false;
    const settled = dev.settled().then((s) => ((answered = true), s));
    await new Promise((r) => setTimeout(r, 5));
    expect(answered).toBe(false);
    await finishAll();
    expect(await settled).toEqual({ content: { diagnostics: [], version: 2 } });
  });

  it('reports a failed load, keeps no failure once the next event loads again', async () => {
    const { state, log, finishAll, failNextLoad } = fakeState();
    failNextLoad();
    const dev = devUpdates(state, () => {}, never);
    const first = dev.settled();
    await finishAll();
    expect((await first).failure?.message).toBe('disk on fire');
    // Asking again does not retry (a page's requests must not start a load loop)...
    expect((await dev.settled()).failure?.message).toBe('disk on fire');
    // ...a change to the files does, reading everything again.
    dev.notify('/posts/a.md');
    await finishAll();
    expect(await dev.settled()).toEqual({ content: { diagnostics: [], version: 1 } });
    expect(log.filter((l) => l === 'start load')).toHaveLength(2);
  });

  it('looks at each file again a little later, and reports an update only if something changed', async () => {
    const { state, log, finishAll, unchanged } = fakeState();
    let reports = 0;
    const dev = devUpdates(state, () => reports++, { recheckMs: 20 });
    void dev.settled();
    await finishAll();
    expect(reports).toBe(1);
    // The watcher saw the emptied file; the write that followed went unreported.
    dev.notify('/posts/a.md');
    await finishAll();
    expect(reports).toBe(2);
    await new Promise((r) => setTimeout(r, 40));
    await finishAll();
    expect(log.filter((l) => l === 'end /posts/a.md')).toHaveLength(2);
    expect(reports).toBe(3);
    // A file reported twice for one save: the second look finds nothing new and reports nothing.
    unchanged.add('/posts/b.md');
    dev.notify('/posts/b.md');
    await finishAll();
    expect(reports).toBe(3);
    // The second look at a file is not looked at again.
    await new Promise((r) => setTimeout(r, 40));
    await finishAll();
    await new Promise((r) => setTimeout(r, 40));
    await finishAll();
    expect(log.filter((l) => l === 'end /posts/a.md')).toHaveLength(2);
  });
});
