/** Every visit, cold, on each profile, in a rotated order each run. */
import { coldLoad, type ClickSample, type LoadSample } from './cold-load.ts';
import { log } from './format.ts';
import { openLab } from './lab.ts';
import type { Problems } from './problems.ts';
import type { Profile } from './profiles.ts';
import type { Visit } from './visits.ts';

/** Samples by profile name, then by page id (loads) or click id (clicks). */
export interface RawSamples {
  loads: Record<string, Record<string, LoadSample[]>>;
  clicks: Record<string, Record<string, ClickSample[]>>;
  chromium: string;
}

export async function measure(visits: Visit[], profiles: Profile[], problems: Problems): Promise<RawSamples> {
  const lab = await openLab();
  const raw: RawSamples = { loads: {}, clicks: {}, chromium: lab.browser.version() };
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
        for (const visit of order) {
          const r = await coldLoad(lab, visit, profile, problems);
          if (r.load) (loads[visit.page.id] ??= []).push(r.load);
          if (r.click && visit.click) (clicks[visit.click.id] ??= []).push(r.click);
        }
      }
    }
  } finally {
    await lab.close();
  }
  return raw;
}
