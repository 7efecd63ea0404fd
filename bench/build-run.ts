/**
 * Runs one build as `npm run build` does, in a child process (so that its wall time and
 * memory are its own), and reads the report the build writes (QUIRE_BUILD_REPORT).
 */
import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { BuildReport } from '../src/build/build-site.ts';
import { sampleTreeMemory } from './process-memory.ts';
import { root } from './paths.ts';

export interface BuildResult {
  label: string;
  ok: boolean;
  wallS: number;
  /** Sum over the build's process tree, sampled every 200 ms. */
  peakTreeBytes?: number;
  report?: BuildReport;
  /** What the build printed besides its summary line (warnings, errors). */
  extraOutput: string;
}

/** The report of the last build into outDir: it names the caches that build used. */
export const reportFile = (outDir: string) => `${outDir}.build-report.json`;

export async function readReport(outDir: string): Promise<BuildReport | undefined> {
  return readFile(reportFile(outDir), 'utf8').then(
    (t) => JSON.parse(t) as BuildReport,
    () => undefined,
  );
}

export async function runBuild(label: string, postsDir: string, outDir: string): Promise<BuildResult> {
  await rm(reportFile(outDir), { force: true });
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
    cwd: root,
    env: { ...process.env, QUIRE_POSTS_DIR: postsDir, QUIRE_OUT_DIR: outDir, QUIRE_BUILD_REPORT: reportFile(outDir) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const memory = sampleTreeMemory(child.pid);
  const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const peakTreeBytes = memory.stop();
  const wallS = (performance.now() - started) / 1000;
  const report = code === 0 ? await readReport(outDir) : undefined;
  // A clean build prints one line, its summary.
  const lines = output.trim().split('\n');
  return {
    label,
    ok: code === 0 && report !== undefined,
    wallS,
    ...(peakTreeBytes && { peakTreeBytes }),
    ...(report && { report }),
    extraOutput: (report && lines.length === 1 ? [] : lines.slice(-15)).join('\n'),
  };
}

/** Deletes the caches a build reported, so that the next build into the same folder is cold. */
export async function clearReportedCaches(report: BuildReport | undefined, withApp: boolean): Promise<void> {
  if (!report) return;
  const dirs = [report.cache.output, ...(withApp ? [report.cache.app] : [])];
  // Only what the build keeps inside this repository.
  for (const dir of dirs.filter((d) => path.resolve(d).startsWith(root + path.sep)))
    await rm(dir, { recursive: true, force: true });
}

export const phaseSummary = (report: BuildReport) => report.phases.map((p) => `${p.name} ${p.seconds.toFixed(1)} s`).join(', ');
