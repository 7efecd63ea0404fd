/**
 * Where a reader is in each series, kept in this browser only (localStorage). Pure
 * functions over a plain object; store.ts keeps it.
 */
import type { PostLink } from '../../schema/manifest.ts';

export type PartState = 'opened' | 'finished';

export interface SeriesProgress {
  name: string;
  /** The parts in reading order as last seen on one of its posts (for the home page's link). */
  parts: PostLink[];
  /** Parts the reader opened or read to the end, by slug. */
  states: Record<string, PartState>;
  /** The part the reader was last on. */
  last: string;
  /** When, in ms since the epoch: the home page shows the most recent first. */
  at: number;
}

export type Progress = Record<string, SeriesProgress>;

export interface SeriesInfo {
  name: string;
  slug: string;
  parts: PostLink[];
}

/** A reader opened (or reached the end of) a part. Finished never goes back to opened. */
export function record(progress: Progress, series: SeriesInfo, part: string, state: PartState, at: number): Progress {
  const before = progress[series.slug];
  const states = { ...before?.states };
  if (states[part] !== 'finished') states[part] = state;
  return { ...progress, [series.slug]: { name: series.name, parts: series.parts, states, last: part, at } };
}

export function reset(progress: Progress, seriesSlug: string): Progress {
  const { [seriesSlug]: _dropped, ...rest } = progress;
  return rest;
}

/**
 * The part to continue with: the part the reader was last on if unfinished, else the
 * first unfinished part after it, else any unfinished part. None when every part is read.
 */
export function nextPart(parts: PostLink[], progress: SeriesProgress | undefined): PostLink | undefined {
  if (!progress) return undefined;
  const unfinished = (p: PostLink) => progress.states[p.slug] !== 'finished';
  const at = parts.findIndex((p) => p.slug === progress.last);
  if (at >= 0 && unfinished(parts[at]!)) return parts[at];
  return parts.slice(at + 1).find(unfinished) ?? parts.find(unfinished);
}

/** Series started and not finished, the most recent first. */
export function inProgress(progress: Progress): { slug: string; name: string; next: PostLink }[] {
  return Object.entries(progress)
    .sort(([, a], [, b]) => b.at - a.at)
    .flatMap(([slug, p]) => {
      const next = nextPart(p.parts, p);
      return next ? [{ slug, name: p.name, next }] : [];
    });
}

/** Whatever localStorage holds, as progress: anything malformed is dropped, not trusted. */
export function parseProgress(raw: string | null): Progress {
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    const out: Progress = {};
    for (const [slug, p] of Object.entries(value as Record<string, Partial<SeriesProgress>>)) {
      if (
        p &&
        typeof p.name === 'string' &&
        Array.isArray(p.parts) &&
        p.states &&
        typeof p.states === 'object' &&
        typeof p.last === 'string' &&
        typeof p.at === 'number'
      ) {
        const parts = p.parts.filter((l): l is PostLink => typeof l?.slug === 'string' && typeof l.title === 'string');
        out[slug] = { name: p.name, parts, states: p.states, last: p.last, at: p.at };
      }
    }
    return out;
  } catch {
    return {};
  }
}
