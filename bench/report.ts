/** Writes the report: Markdown on stdout and in bench/results/latest.md, everything as JSON beside it. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { budgets } from '../src/build/budgets.ts';
import { log, sec } from './format.ts';
import type { RawSamples } from './measure.ts';
import { resultsDir, root } from './paths.ts';
import { phoneCpuSlowdown, phoneNetwork, type Profile } from './profiles.ts';
import { markdownReport, type ReportInput } from './report-markdown.ts';
import { afterLoadWindowMs, targets } from './targets.ts';
import type { Visit } from './visits.ts';

export async function writeReport(input: ReportInput, visits: Visit[], profiles: Profile[], raw: RawSamples): Promise<void> {
  const markdown = markdownReport(input);
  const json = {
    date: input.date,
    durationS: input.durationS,
    machine: input.machine,
    options: input.options,
    targets,
    budgets,
    afterLoadWindowMs,
    profiles: profiles.map(({ name, runs, firstPaints, clickRuns, context, throttle }) => ({
      name,
      runs,
      firstPaints,
      clickRuns,
      context,
      throttle,
      ...(throttle && { network: phoneNetwork, cpuSlowdown: phoneCpuSlowdown }),
    })),
    visits: visits.map((v) => ({ page: v.page.id, path: new URL(v.page.url).pathname, ...(v.click && { click: v.click }) })),
    facts: input.facts,
    builds: input.builds,
    search: input.search,
    js: input.js,
    firstLoad: input.summary.loads,
    navigation: input.summary.clicks,
    checks: input.checks,
    problems: input.problems,
    workerPages: input.workerPages,
    raw: { loads: raw.loads, clicks: raw.clicks, paints: raw.paints },
  };
  await mkdir(resultsDir, { recursive: true });
  const text = JSON.stringify(json, null, 2);
  await writeFile(path.join(resultsDir, 'latest.json'), text);
  await writeFile(path.join(resultsDir, 'latest.md'), markdown);
  await writeFile(path.join(resultsDir, `${input.date.replace(/[:.]/g, '-')}.json`), text);
  console.log('\n' + markdown);
  log(
    `Wrote ${path.relative(root, path.join(resultsDir, 'latest.json'))} and latest.md; the bench took ${sec(input.durationS)}.`,
  );
}
