/** Every visit, cold, on each profile, in a rotated order each run. */
import { coldLoad, paintLoad, type ClickSample, type LoadSample, type PaintSample } from './cold-load.ts';
import { log } from './format.ts';
import { openLab, type Lab } from './lab.ts';
import type { Problems } from './problems.ts';
import type { Profile } from './profiles.ts';
import { paintLoads } from './summary.ts';
import { firstPaintKinds } from './targets.ts';
import type { Visit } from './visits.ts';

/** Samples by profile name, then by page id (loads) or click id (clicks). */
export interface RawSamples {
  loads: Record<string, Record<string, LoadSample[]>>;
  clicks: Record<string, Record<string, ClickSample[]>>;
  /** First paints of the loads made for them alone, by profile and page id. */
  paints: Record<string, Record<string, PaintSample[]>>;
  chromium: string;
}

export async function measure(visits: Visit[], profiles: Profile[], problems: Problems): Promise<RawSamples> {
  const lab = await openLab();
  const raw: RawSamples = { loads: {}, clicks: {}, paints: {}, chromium: lab.browser.version() };
  try {
    // Warm-up (server file cache, browser start-up), not counted.
    await coldLoad(
      lab,
      visits.find((v) => !v.page.limit)!,
      profiles[profiles.length - 1]!,
      problems,
    );
    problems.clear();
    for (const profile of profiles) {
      const loads = (raw.loads[profile.name] = {} as Record<string, LoadSample[]>);
      const clicks = (raw.clicks[profile.name] = {} as Record<string, ClickSample[]>);
      // A tap needs a touch screen.
      const own = visits.filter((v) => !v.click?.tap || profile.context.hasTouch);
      for (let run = 1; run <= profile.runs; run++) {
        log(`Browser: ${profile.name} profile, run ${run} of ${profile.runs} (${own.length} cold loads)`);
        // Every visit once per run, in an order rotated each run, so drift and position affect all pages alike.
        const order = own.map((_, i) => own[(i + run - 1) % own.length]!);
        const painted = new Set<string>();
        for (const visit of order) {
          const r = await coldLoad(lab, visit, profile, problems);
          if (r.load) {
            if (painted.has(visit.page.id)) r.load.paintsCount = false;
            painted.add(visit.page.id);
            (loads[visit.page.id] ??= []).push(r.load);
          }
          if (r.click && visit.click) (clicks[visit.click.id] ??= []).push(r.click);
        }
      }
      // The click on a link that was not prefetched spreads widely around a line close to its
      // figures: it gets runs of its own, in which its page's load is not counted again.
      const cold = own.filter((v) => v.click && !v.click.prefetch);
      for (let run = profile.runs + 1; run <= profile.clickRuns; run++) {
        log(`Browser: ${profile.name} profile, clicks not prefetched, run ${run} of ${profile.clickRuns}`);
        for (const visit of cold) {
          const r = await coldLoad(lab, visit, profile, problems);
          if (r.click) (clicks[visit.click!.id] ??= []).push(r.click);
        }
      }
      raw.paints[profile.name] = await morePaints(lab, own, profile, loads, problems);
    }
  } finally {
    await lab.close();
  }
  return raw;
}

/**
 * First paints vary by a few hundred milliseconds from load to load on the phone profile,
 * more than a page differs from its limit: each page and limit with a first-paint line
 * gets loads of its own up to the profile's count, the pages in the visits' order (a page
 * next to its limit), rotated each round as the runs are.
 */
async function morePaints(
  lab: Lab,
  visits: Visit[],
  profile: Profile,
  loads: Record<string, LoadSample[]>,
  problems: Problems,
): Promise<Record<string, PaintSample[]>> {
  const paints: Record<string, PaintSample[]> = {};
  // A load that fails is noted and not made up for: its median has one load fewer.
  const tried = new Map<string, number>();
  const pages = visits
    .map((v) => v.page)
    .filter((p, i, all) => firstPaintKinds.includes(p.kind) && all.findIndex((q) => q.id === p.id) === i);
  const missing = (id: string) => profile.firstPaints - paintLoads(loads[id] ?? []).length - (tried.get(id) ?? 0);
  for (let round = 0; pages.some((p) => missing(p.id) > 0); round++) {
    log(`Browser: ${profile.name} profile, first paints, round ${round + 1}`);
    const order = pages.map((_, i) => pages[(i + round) % pages.length]!);
    for (const page of order) {
      if (missing(page.id) <= 0) continue;
      tried.set(page.id, (tried.get(page.id) ?? 0) + 1);
      const sample = await paintLoad(lab, page.url, profile, `${page.id} (${profile.name}, first paints)`, problems);
      if (sample) (paints[page.id] ??= []).push(sample);
    }
  }
  return paints;
}
