/** The report as Markdown: targets first, then every figure behind them. */
import { phaseSummary } from './build-run.ts';
import type { Builds } from './builds.ts';
import type { Check } from './checks.ts';
import { kb, mb, ms, ratio, sec, times } from './format.ts';
import type { Machine } from './machine.ts';
import type { BenchOptions } from './options.ts';
import { resourceKinds } from './network.ts';
import type { RouteJs } from './route-js.ts';
import type { SampleFacts } from './sample-facts.ts';
import type { SearchBench } from './search.ts';
import { firstPaintKinds } from './targets.ts';
import type { Summary } from './summary.ts';
import { pageId, type Blog, type PageDef } from './visits.ts';

export interface ReportInput {
  date: string;
  durationS: number;
  options: BenchOptions;
  machine: Machine;
  facts: SampleFacts;
  blogs: Blog[];
  blogName: (blog: Blog) => string;
  /** The measured pages (not their limits). */
  pages: PageDef[];
  checks: Check[];
  summary: Summary;
  js: Partial<Record<Blog, Record<string, RouteJs>>>;
  builds: Builds;
  /** On the big blog, phone profile (search.ts); absent without the big blog. */
  search?: SearchBench;
  problems: { where: string; messages: string[] }[];
  workerPages: string[];
}

const verdict = (pass: boolean | undefined) => (pass === undefined ? '— n/a' : pass ? '✅ pass' : '❌ miss');
const pathOf = (url: string) => new URL(url).pathname;

function header(r: ReportInput): string[] {
  const m = r.machine;
  return [
    '# Quire benchmark',
    '',
    `${r.date} · ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB · ${m.os} · Node ${m.node} · Chromium ${m.chromium} · load average at start ${m.loadAverageAtStart.join(' / ')}, at end ${m.loadAverageAtEnd.join(' / ')} · bench took ${sec(r.durationS)}`,
    '',
    `Profiles: **phone** = 150 ms round trip, 1.6 Mbps down and up, CPU 4× slower (main thread), 412×915 viewport; **unthrottled** = 1280×800. Each load is cold (new browser context, empty cache); figures are medians of ${r.options.phoneRuns} runs (phone) and ${r.options.fastRuns} (unthrottled); on the phone, the FCP and LCP of the ${firstPaintKinds.join(', ')} pages and their limits are medians of at least ${r.options.firstPaints} loads (the runs, then loads that record only first paints, a page next to its limit), and the phone's clicks on a link that was not prefetched of ${r.options.clickRuns} runs. ` +
      `A page's **limit** is its own prerendered HTML as one response: no scripts or preloads, CSS inline. ` +
      (r.blogs.includes('big')
        ? `The ${r.options.count}-post blog is generated posts plus the sample posts, so the same post (${r.facts.longSlug}), tag (${r.facts.tagName}) and series exist in both blogs.`
        : ''),
    '',
    '## Targets',
    '',
    '| check | measured | target | result |',
    '| --- | --- | --- | --- |',
    ...r.checks.map((c) => `| ${c.check} | ${c.value} | ${c.target} | ${verdict(c.pass)} |`),
    '',
  ];
}

function firstLoad(r: ReportInput): string[] {
  const phone = r.summary.loads.phone ?? {};
  const fast = r.summary.loads.unthrottled ?? {};
  const rows = r.pages.map((p) => {
    const a = phone[p.id];
    const l = phone[pageId(p.blog, p.kind, true)];
    const u = fast[p.id];
    const noLcp = a?.missingLcp ? ` (${a.missingLcp} of ${a.paintRuns} loads without LCP)` : '';
    return `| ${r.blogName(p.blog)} · ${p.kind} | ${pathOf(p.url)} | ${ms(a?.fcp)} / ${ms(l?.fcp)} (${times(ratio(a?.fcp, l?.fcp))}) | ${ms(a?.lcp)}${noLcp} / ${ms(l?.lcp)} (${times(ratio(a?.lcp, l?.lcp))}) | ${ms(a?.tbt)} (${a?.longTasks ?? '—'}) | ${a?.atLoad.requests ?? '—'} / ${a?.afterLoad.requests ?? '—'} / ${a?.total.requests ?? '—'} | ${kb(a?.atLoad.bytes)} / ${kb(a?.afterLoad.bytes)} / ${kb(a?.total.bytes)} | ${kb(l?.total.bytes)} | ${a?.cls?.toFixed(3) ?? '—'} | ${ms(u?.fcp)} / ${ms(u?.lcp)} |`;
  });
  return [
    '## First load (cold)',
    '',
    'Phone unless marked. FCP and LCP: the page / its limit (ratio). TBT: FCP to 5 s after load (long tasks). Requests and bytes: at the load event / started in the 5 s after it / in all, until the network was quiet.',
    '',
    '| page | URL | FCP / limit | LCP / limit | TBT (long tasks) | requests: load / after / all | bytes: load / after / all | limit bytes | CLS | unthrottled FCP / LCP |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'Transferred until the network is quiet, by type (phone, medians, KB; includes prefetching of the links in view):',
    '',
    `| page | ${resourceKinds.join(' | ')} |`,
    `| --- |${resourceKinds.map(() => ' --- |').join('')}`,
    ...r.pages.map(
      (p) =>
        `| ${r.blogName(p.blog)} · ${p.kind} | ${resourceKinds.map((k) => ((phone[p.id]?.byKind[k] ?? 0) / 1024).toFixed(1)).join(' | ')} |`,
    ),
    '',
    'LCP element (phone): ' +
      r.pages.map((p) => `${r.blogName(p.blog)} · ${p.kind}: \`${phone[p.id]?.lcpElement ?? '—'}\``).join('; '),
    '',
  ];
}

function navigation(r: ReportInput): string[] {
  const phone = r.summary.clicks.phone ?? {};
  const fast = r.summary.clicks.unthrottled ?? {};
  const rows = Object.keys({ ...phone, ...fast }).map((id) => {
    const p = phone[id];
    const u = fast[id];
    const fail = (c = p) => (c?.failures ? ` (${c.failures}/${c.runs} failed)` : '');
    const fetched = (p?.fetchedAfter ?? []).map((f) => `\`${f.replace(/^\/data\/[^/]+\//, 'data/…/')}\``).join(' ') || '—';
    return `| ${id} | ${ms(p?.h1)}${fail()} | ${ms(p?.body)} | ${ms(u?.h1)}${fail(u)} | ${ms(u?.body)} | ${p?.targetFetchedBefore ?? '—'} of ${p?.runs ?? '—'} | ${p?.after.requests ?? '—'} | ${kb(p?.after.bytes)} | ${fetched} |`;
  });
  const workers = r.workerPages.length
    ? [
        `Note: ${r.workerPages.join(', ')} started a Web Worker. Chromium's CPU throttling applies to the page's main thread only, so work done in a worker runs at full speed here; on a real phone it would be about 4× slower.`,
        '',
      ]
    : [];
  return [
    '## In-app navigation',
    '',
    "Click (element.click(), no hover) → new h1 painted, → post body painted. Prefetched: the link was scrolled into view and pointed at (on a slow connection only intent prefetches), then the network quiet + 2 s. Not prefetched: the link was never in view, hovered or focused; the same wait; runs in which its page had been fetched anyway do not count. Tapped (phone only): the link scrolled into view, the same wait, then a touch held 90 ms (the average time a finger rests on a link, per instant.page) and lifted; timed from the browser's click, the page may start on the touch.",
    '',
    '| navigation | phone: h1 | phone: body | unthrottled: h1 | unthrottled: body | target fetched before the click (phone runs) | requests after click (phone) | bytes after click (phone) | fetched after click (any run, phone) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...workers,
  ];
}

const weight = (j: RouteJs | undefined) => (j ? `${kb(j.gzipBytes)} in ${j.files} files` : '—');

function javascript(r: ReportInput): string[] {
  const names = Object.keys(r.js.sample ?? {});
  return [
    "## JavaScript per route (gzip; the page's module scripts, modulepreloads and their static imports)",
    '',
    `| route | ${r.blogs.map(r.blogName).join(' | ')} |`,
    `| --- |${r.blogs.map(() => ' --- |').join('')}`,
    ...names.map(
      (name) => `| ${name} (${r.js.sample![name]!.file}) | ${r.blogs.map((b) => weight(r.js[b]?.[name])).join(' | ')} |`,
    ),
    '',
  ];
}

function buildSection(r: ReportInput): string[] {
  const { builds } = r;
  const rows = [builds.big, builds.rebuild, builds.sample].flatMap((b) => {
    if (!b) return [];
    const rep = b.report;
    const pages = rep ? `${rep.posts} posts, ${rep.pages} pages (${rep.rendered} rendered, ${rep.fromCache} from cache)` : '—';
    return [
      `| ${b.label} | ${b.ok ? sec(b.wallS) : 'failed'} | ${sec(rep?.totalSeconds)} (${rep ? phaseSummary(rep) : '—'}) | ${mb(b.peakTreeBytes)} / ${mb(rep?.peakRssBytes)} | ${pages} |`,
    ];
  });
  return [
    '## Build',
    '',
    '| build | wall time | in the build (phases) | peak memory (process tree / build process) | output |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    ...(builds.touched ? ['', `One-post rebuild: a sentence appended to \`${builds.touched}\`.`] : []),
    ...(r.options.skipBuild ? ['', '(--skip-build: the builds in bench/.work were reused and not timed.)'] : []),
    ...(builds.warnings.length ? ['', ...builds.warnings.map((w) => `- ⚠️ ${w}`)] : []),
    '',
  ];
}

function searchSection(r: ReportInput): string[] {
  const s = r.search;
  if (!s) return [];
  const row = (kind: 'rare' | 'common', what: string) =>
    (['cold', 'warm'] as const).map((when, i) => {
      const m = s.medians[kind][when];
      return `| ${what}, ${when} (“${s.queries[kind][i]}”) | ${ms(m.ms)} | ${kb(m.bytes)} | ${m.requests ?? '—'} |`;
    });
  return [
    `## Search (${r.blogName('big')}, phone profile)`,
    '',
    'From the first key to the first result: cold = on the home page, nothing of search loaded (header box, Enter, the search page); warm = the next query of the same kind typed into the search page.',
    '',
    '| query | time | bytes (over the wire) | requests |',
    '| --- | --- | --- | --- |',
    ...row('rare', 'word in one post'),
    ...row('common', 'commonest word'),
    '',
    `Index build (collecting the posts and writing the index from the cached analyses): ${sec(s.indexBuildS)}.`,
    '',
  ];
}

function problemSection(r: ReportInput): string[] {
  if (!r.problems.length)
    return [
      '## Problems seen',
      '',
      'None: no console errors or warnings, page errors, failed or duplicate requests, or missing LCP.',
    ];
  // The same message on several pages is listed once, with the pages.
  const byMessage = new Map<string, string[]>();
  for (const p of r.problems) {
    for (const m of p.messages) {
      const key = m.replace(/http:\/\/127\.0\.0\.1:\d+/g, '');
      byMessage.set(key, [...(byMessage.get(key) ?? []), p.where]);
    }
  }
  return [
    '## Problems seen',
    '',
    ...[...byMessage].map(([message, where]) => `- ${message.replace(/\n/g, ' ⏎ ')} — **${where.join(', ')}**`),
  ];
}

export function markdownReport(r: ReportInput): string {
  return (
    [
      ...header(r),
      ...firstLoad(r),
      ...navigation(r),
      ...javascript(r),
      ...buildSection(r),
      ...searchSection(r),
      ...problemSection(r),
    ].join('\n') + '\n'
  );
}
