import { describe, expect, it } from 'vitest';
import type { LoadSample, PaintSample } from './cold-load.ts';
import type { RawSamples } from './measure.ts';
import { summarise } from './summary.ts';

const tally = (requests: number) => ({ requests, bytes: requests * 1000 });
const load = (fcp: number, requestsAfter: number): LoadSample => ({
  fcp,
  lcp: fcp + 10,
  lcpElement: 'p "text"',
  cls: 0,
  tbt: 0,
  longTasks: 0,
  atLoad: tally(5),
  afterLoad: tally(requestsAfter),
  total: tally(5 + requestsAfter),
  networkIdle: true,
  byKind: { html: 1, js: 2, css: 0, json: 0, md: 0, other: 0 },
  fetched: [],
});
const paint = (fcp: number, lcp: number | null = fcp): PaintSample => ({
  fcp,
  lcp,
  lcpElement: lcp === null ? null : 'p "text"',
});

describe('bench summary', () => {
  it('takes first paints from the full loads and the paint-only loads, everything else from the full loads', () => {
    const raw: RawSamples = {
      loads: { phone: { home: [load(900, 2), load(800, 4), load(700, 3)] } },
      clicks: { phone: {} },
      paints: { phone: { home: [paint(400), paint(500), paint(600, null), paint(300)] } },
      chromium: 'test',
    };
    const home = summarise(raw, []).loads.phone!.home!;
    // FCPs 300 400 500 600 700 800 900; LCPs 310 400 500 710 810 910 (one load without).
    expect(home.fcp).toBe(600);
    expect(home.lcp).toBe(605);
    expect(home.paintRuns).toBe(7);
    expect(home.missingLcp).toBe(1);
    expect(home.runs).toBe(3);
    expect(home.afterLoad.requests).toBe(3);
  });

  it("counts a page's first paints once per run: its other loads in the run count for the rest", () => {
    const again = { ...load(1000, 9), paintsCount: false as const };
    const raw: RawSamples = {
      loads: { phone: { post: [load(500, 1), again, again, load(600, 1)] } },
      clicks: { phone: {} },
      paints: { phone: { post: [paint(550)] } },
      chromium: 'test',
    };
    const post = summarise(raw, []).loads.phone!.post!;
    expect([post.fcp, post.paintRuns]).toEqual([550, 3]);
    expect(post.runs).toBe(4);
    expect(post.afterLoad.requests).toBe(5);
  });

  it('uses the full loads alone when no paint-only load was made', () => {
    const raw: RawSamples = { loads: { unthrottled: { home: [load(200, 0)] } }, clicks: {}, paints: {}, chromium: 'test' };
    const home = summarise(raw, []).loads.unthrottled!.home!;
    expect([home.fcp, home.lcp, home.paintRuns]).toEqual([200, 210, 1]);
  });
});
