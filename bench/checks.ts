/** The bench's verdicts: each target (targets.ts, src/build/budgets.ts) against the phone medians. */
import { budgets } from '../src/build/budgets.ts';
import type { Builds } from './builds.ts';
import { kb, ms, ratio, sec, times } from './format.ts';
import type { RouteJs } from './route-js.ts';
import type { ClickMedian, LoadMedian } from './summary.ts';
import { targets } from './targets.ts';
import { pageId, type Blog, type Kind } from './visits.ts';

export interface Check {
  check: string;
  value: string;
  target: string;
  /** undefined: nothing to judge (not measured, or the measurement is not what it claims). */
  pass?: boolean;
}

export interface CheckInput {
  blogs: Blog[];
  blogName: (blog: Blog) => string;
  /** Phone-profile medians by page id and click id. */
  loads: Record<string, LoadMedian>;
  clicks: Record<string, ClickMedian>;
  js: Record<string, RouteJs>;
  builds: Builds;
  count: number;
}

const allPass = (values: (number | undefined)[], limit: number) =>
  values.every((v) => v !== undefined) ? values.every((v) => v <= limit) : undefined;

function limitChecks({ loads, blogName }: CheckInput, blog: Blog): Check[] {
  const of = (kind: Kind, metric: 'fcp' | 'lcp') => {
    const page = loads[pageId(blog, kind)]?.[metric];
    const limit = loads[pageId(blog, kind, true)]?.[metric];
    return { r: ratio(page, limit), text: `${times(ratio(page, limit))} (${ms(page)} vs ${ms(limit)})` };
  };
  const post = of('post', 'lcp');
  const fcp = (['home', 'tag'] as const).map((kind) => ({ kind, ...of(kind, 'fcp') }));
  return [
    {
      check: `cold post LCP ÷ its one-response limit, phone (${blogName(blog)})`,
      value: post.text,
      target: `≤ ${targets.postLcpRatio}×`,
      pass: allPass([post.r], targets.postLcpRatio),
    },
    {
      check: `cold FCP ÷ own one-response limit, phone: home / tag (${blogName(blog)})`,
      value: fcp.map((f) => `${f.kind} ${f.text}`).join('; '),
      target: `≤ ${targets.fcpRatio}×`,
      pass: allPass(
        fcp.map((f) => f.r),
        targets.fcpRatio,
      ),
    },
  ];
}

function mainThreadChecks({ loads, blogName }: CheckInput, blog: Blog): Check[] {
  const kinds: Kind[] = ['home', 'post', 'tag', 'series'];
  const present = kinds.filter((k) => loads[pageId(blog, k)]);
  const blocking = present.filter((k) => k !== 'series');
  const tbt = blocking.map((k) => loads[pageId(blog, k)]!.tbt);
  // The same pages without a script, in the same run: the blocking time that this machine's
  // parsing, layout and paint of the same content cost, with no script at all.
  const limitTbt = blocking.map((k) => loads[pageId(blog, k, true)]?.tbt);
  const after = present.map((k) => loads[pageId(blog, k)]!.afterLoad.requests);
  return [
    {
      check: `total blocking time (FCP → load + 5 s), phone: ${blocking.join(' / ')} (${blogName(blog)})`,
      value: `${tbt.map(ms).join(' / ')}${limitTbt.some((t) => t !== undefined) ? ` (one-response limit: ${limitTbt.map(ms).join(' / ')})` : ''}`,
      target: `≤ ${targets.tbtMs} ms`,
      pass: allPass(tbt, targets.tbtMs),
    },
    {
      check: `requests in the 5 s after load, no reader input, phone: ${present.join(' / ')} (${blogName(blog)})`,
      value: after.map((n) => n ?? '—').join(' / '),
      target: `≤ ${targets.requestsAfterLoad}`,
      pass: allPass(after, targets.requestsAfterLoad),
    },
  ];
}

/** A tap's clock starts when the finger lifts; how long it rested on the link before. */
const held = (hold: number | undefined) => (hold === undefined ? '' : `; finger down ${ms(hold)} before`);

function clickChecks({ clicks, blogName, blogs }: CheckInput): Check[] {
  return Object.entries(clicks).map(([id, c]) => {
    const cold = id.endsWith('not prefetched');
    const limit = cold ? targets.coldClickMs : targets.prefetchedClickMs;
    const blog = blogs.find((b) => id.startsWith(`${b} `))!;
    const worst = c.h1 === undefined ? undefined : Math.max(c.h1, c.body ?? c.h1);
    const failed = c.failures ? ` (${c.failures} of ${c.runs} runs failed or were prefetched)` : '';
    return {
      check: `click-to-content, phone: ${id.slice(blog.length + 1)} (${blogName(blog)})`,
      value: c.h1 === undefined ? `—${failed}` : `${ms(c.h1)} (body ${ms(c.body)}${held(c.hold)})${failed}`,
      target: `≤ ${limit} ms`,
      ...(worst !== undefined && { pass: worst <= limit && c.failures === 0 }),
    };
  });
}

function budgetChecks({ js }: CheckInput): Check[] {
  const home = js.home?.gzipBytes;
  const post = js['post (no code)']?.gzipBytes;
  return [
    {
      check: 'JS to open the home page (gzip)',
      value: kb(home),
      target: `≤ ${budgets.home / 1024} KB`,
      pass: allPass([home], budgets.home),
    },
    {
      check: 'JS to open a post without code (gzip)',
      value: kb(post),
      target: `≤ ${budgets.post / 1024} KB`,
      pass: allPass([post], budgets.post),
    },
  ];
}

function bigBlogChecks({ loads, builds, count }: CheckInput): Check[] {
  const checks: Check[] = [];
  for (const kind of ['home', 'post', 'tag', 'series'] as const) {
    const a = loads[pageId('sample', kind)]?.total.bytes;
    const b = loads[pageId('big', kind)]?.total.bytes;
    if (b === undefined) continue;
    const drift = a ? b / a - 1 : undefined;
    checks.push({
      check: `bytes of the ${kind} page, ${count}-post vs sample blog`,
      value: drift === undefined ? '—' : `${kb(b)} vs ${kb(a)} (${drift >= 0 ? '+' : ''}${(drift * 100).toFixed(1)}%)`,
      target: `within ${targets.bytesDrift * 100}%`,
      ...(drift !== undefined && { pass: Math.abs(drift) <= targets.bytesDrift }),
    });
  }
  const { big, rebuild, rebuildInvalid } = builds;
  if (big) {
    const notCold = big.report?.fromCache ? ` (${big.report.fromCache} pages from cache: not cold)` : '';
    checks.push({
      check: `build of ${count} posts`,
      value: big.ok ? `${sec(big.wallS)}${notCold}` : 'failed',
      target: `≤ ${targets.bigBuildS} s`,
      pass: big.ok && big.wallS <= targets.bigBuildS,
    });
  }
  if (rebuild) {
    checks.push({
      check: 'rebuild after changing one post',
      value: rebuild.ok
        ? `${sec(rebuild.wallS)}${rebuildInvalid ? ' (sources changed between the builds: not a one-post rebuild)' : ''}`
        : 'failed',
      target: `≤ ${targets.rebuildS} s`,
      ...(!rebuildInvalid && { pass: rebuild.ok && rebuild.wallS <= targets.rebuildS }),
    });
  }
  return checks;
}

export function runChecks(input: CheckInput): Check[] {
  return [
    ...input.blogs.flatMap((blog) => [...limitChecks(input, blog), ...mainThreadChecks(input, blog)]),
    ...clickChecks(input),
    ...budgetChecks(input),
    ...bigBlogChecks(input),
  ];
}
