/** Medians over the runs of each page and each click. */
import type { ClickSample, LoadSample, PaintSample, Tally } from './cold-load.ts';
import { median } from './format.ts';
import type { RawSamples } from './measure.ts';
import { resourceKinds, type ResourceKind } from './network.ts';
import type { Visit } from './visits.ts';

type MedianTally = { [K in keyof Tally]?: number };

export interface LoadMedian {
  fcp?: number;
  lcp?: number;
  cls?: number;
  tbt?: number;
  longTasks?: number;
  atLoad: MedianTally;
  afterLoad: MedianTally;
  total: MedianTally;
  byKind: Partial<Record<ResourceKind, number>>;
  /** The LCP element seen most often. */
  lcpElement?: string;
  runs: number;
  /** Loads behind `fcp` and `lcp`: the runs and the loads made for first paints alone. */
  paintRuns: number;
  missingLcp: number;
}

export interface ClickMedian {
  h1?: number;
  body?: number;
  h1Dom?: number;
  /** A tap: the finger's time on the link before the click. */
  hold?: number;
  after: MedianTally;
  runs: number;
  /** Runs that failed, or that do not measure what the click claims (see cold-load.ts). */
  failures: number;
  /** Runs in which the target had been fetched before the click. */
  targetFetchedBefore: number;
  fetchedAfter: string[];
  title?: string;
}

export interface Summary {
  loads: Record<string, Record<string, LoadMedian>>;
  clicks: Record<string, Record<string, ClickMedian>>;
}

const medianTally = (tallies: Tally[]): MedianTally => ({
  requests: median(tallies.map((t) => t.requests)),
  bytes: median(tallies.map((t) => t.bytes)),
});

function mostFrequent(values: (string | null)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The full loads whose first paints count: one per page per run (see LoadSample.paintsCount). */
export const paintLoads = (samples: LoadSample[]): LoadSample[] => samples.filter((s) => s.paintsCount !== false);

function loadMedian(samples: LoadSample[], paintOnly: PaintSample[] = []): LoadMedian {
  const paints: PaintSample[] = [...paintLoads(samples), ...paintOnly];
  const lcpElement = mostFrequent(paints.map((s) => s.lcpElement));
  return {
    fcp: median(paints.map((s) => s.fcp)),
    lcp: median(paints.map((s) => s.lcp)),
    cls: median(samples.map((s) => s.cls)),
    tbt: median(samples.map((s) => s.tbt)),
    longTasks: median(samples.map((s) => s.longTasks)),
    atLoad: medianTally(samples.map((s) => s.atLoad)),
    afterLoad: medianTally(samples.map((s) => s.afterLoad)),
    total: medianTally(samples.map((s) => s.total)),
    byKind: Object.fromEntries(resourceKinds.map((k) => [k, median(samples.map((s) => s.byKind[k]))])),
    ...(lcpElement && { lcpElement }),
    runs: samples.length,
    paintRuns: paints.length,
    missingLcp: paints.filter((s) => s.lcp === null).length,
  };
}

function clickMedian(samples: ClickSample[], prefetch: boolean): ClickMedian {
  const good = samples.filter((s) => !s.fullReload && !s.error && !s.timeout && (prefetch || !s.targetFetchedBefore));
  return {
    h1: median(good.map((s) => s.h1)),
    body: median(good.map((s) => s.body)),
    h1Dom: median(good.map((s) => s.h1Dom)),
    ...(good.some((s) => s.hold !== undefined) && { hold: median(good.map((s) => s.hold)) }),
    after: medianTally(samples.map((s) => s.after)),
    runs: samples.length,
    failures: samples.length - good.length,
    targetFetchedBefore: samples.filter((s) => s.targetFetchedBefore).length,
    fetchedAfter: [...new Set(samples.flatMap((s) => s.fetchedAfter))],
    ...(samples[0]?.title && { title: samples[0].title }),
  };
}

const mapValues = <T, U>(o: Record<string, T>, f: (v: T, k: string) => U) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v, k)]));

export function summarise(raw: RawSamples, visits: Visit[]): Summary {
  const prefetch = new Map(visits.flatMap((v) => (v.click ? [[v.click.id, v.click.prefetch] as const] : [])));
  return {
    loads: mapValues(raw.loads, (pages, profile) =>
      mapValues(pages, (samples, id) => loadMedian(samples, raw.paints[profile]?.[id])),
    ),
    clicks: mapValues(raw.clicks, (clicks) => mapValues(clicks, (samples, id) => clickMedian(samples, prefetch.get(id) ?? true))),
  };
}
