import { describe, expect, it } from 'vitest';
import { inProgress, nextPart, parseProgress, record, reset, type Progress } from './progress.ts';

const parts = [1, 2, 3, 4].map((n) => ({ slug: `part-${n}`, title: `Part ${n}` }));
const series = { name: 'S', slug: 's', parts };
const after = (...steps: [string, 'opened' | 'finished'][]) =>
  steps.reduce<Progress>((p, [slug, state], i) => record(p, series, slug, state, i), {});

describe('series progress', () => {
  it('continues with the part after the last one finished', () => {
    const p = after(['part-1', 'opened'], ['part-1', 'finished'], ['part-2', 'opened'], ['part-2', 'finished']);
    expect(nextPart(parts, p.s)?.slug).toBe('part-3');
  });

  it('continues with a part opened but not finished', () => {
    const p = after(['part-1', 'finished'], ['part-2', 'opened']);
    expect(nextPart(parts, p.s)?.slug).toBe('part-2');
  });

  it('skips parts already finished, and wraps to an earlier unfinished part', () => {
    expect(nextPart(parts, after(['part-3', 'finished'], ['part-2', 'finished']).s)?.slug).toBe('part-4');
    expect(nextPart(parts, after(['part-4', 'finished']).s)?.slug).toBe('part-1');
  });

  it('has nothing to continue when every part is finished or nothing was read', () => {
    const done = after(...parts.map((p): [string, 'finished'] => [p.slug, 'finished']));
    expect(nextPart(parts, done.s)).toBeUndefined();
    expect(nextPart(parts, undefined)).toBeUndefined();
    expect(inProgress(done)).toEqual([]);
  });

  it('never turns a finished part back into an opened one', () => {
    const p = after(['part-1', 'finished'], ['part-1', 'opened']);
    expect(p.s!.states['part-1']).toBe('finished');
    expect(nextPart(parts, p.s)?.slug).toBe('part-2');
  });

  it('lists series in progress, the most recent first, and resets one', () => {
    const other = { name: 'T', slug: 't', parts: [{ slug: 't-1', title: 'T 1' }] };
    let p = record({}, other, 't-1', 'opened', 1);
    p = record(p, series, 'part-1', 'finished', 2);
    expect(inProgress(p).map((s) => [s.slug, s.next.slug])).toEqual([
      ['s', 'part-2'],
      ['t', 't-1'],
    ]);
    expect(Object.keys(reset(p, 's'))).toEqual(['t']);
  });

  it('reads back what it wrote and drops anything malformed', () => {
    const p = after(['part-2', 'opened']);
    expect(parseProgress(JSON.stringify(p))).toEqual(p);
    expect(parseProgress('not json')).toEqual({});
    expect(parseProgress('[1]')).toEqual({});
    expect(parseProgress(JSON.stringify({ s: { name: 1 } }))).toEqual({});
    expect(parseProgress(null)).toEqual({});
  });
});
