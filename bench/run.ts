/**
 * `npm run bench`: builds the sample blog and a generated 10,000-post blog, serves both
 * with a compressing static server, and measures them in headless Chromium under a
 * throttled phone profile and an unthrottled one, next to the same long post as a
 * zero-JavaScript HTML page (the limit). Prints a Markdown table and writes
 * bench/results/latest.json and latest.md.
 *
 * Options (all optional):
 *   --runs N          cold loads per page on the phone profile (default 5)
 *   --fast-runs N     cold loads per page unthrottled (default 3)
 *   --count N         generated posts (default 10000)
 *   --skip-build      reuse the builds already in bench/.work (browser part only)
 *   --no-big          only the sample blog (quick check of the bench itself)
 *   --clear-build-cache  delete .cache/quire before the first build, for a cold build
 *                     (the build keeps its cache there, shared with everyone's builds)
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { appendFile, cp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page, type Request as PwRequest } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { serveStatic } from '../scripts/static-server.ts';
import { pageJavaScript } from '../src/build/page-weight.ts';
import { sha } from '../src/build/build-cache.ts';
import { slugify } from '../src/lib/slug.ts';
import { generatePosts, generatorVersion } from './generate-posts.ts';

const benchStarted = performance.now();
const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const benchDir = path.join(root, 'bench');
const work = path.join(benchDir, '.work');
const resultsDir = path.join(benchDir, 'results');
const samplePostsDir = path.join(root, 'public', 'posts');

// ---------------------------------------------------------------- options

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  const value = i === -1 ? fallback : Number(argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a positive integer`);
  return value;
};
const config = {
  phoneRuns: option('runs', 5),
  fastRuns: option('fast-runs', 3),
  count: option('count', 10000),
  seed: 1,
  skipBuild: flag('skip-build'),
  big: !flag('no-big'),
  clearBuildCache: flag('clear-build-cache'),
};

const targets = {
  lcpRatio: 1.2,
  clickMs: 100,
  homeJs: 125 * 1024,
  postJs: 180 * 1024,
  bytesDrift: 0.1,
  bigBuildS: 120,
  rebuildS: 10,
};

const log = (line: string) => console.log(`[bench ${((performance.now() - benchStarted) / 1000).toFixed(0).padStart(4)} s] ${line}`);

// ---------------------------------------------------------------- small helpers

const median = (values: number[]): number | undefined => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return undefined;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1]! + v[mid]!) / 2;
};
const ms = (v: number | undefined) => (v === undefined ? '—' : `${Math.round(v)} ms`);
const kb = (v: number | undefined) => (v === undefined ? '—' : `${(v / 1024).toFixed(1)} KB`);
const sec = (v: number | undefined) => (v === undefined ? '—' : `${v.toFixed(1)} s`);
const mb = (v: number | undefined) => (v === undefined ? '—' : `${Math.round(v)} MB`);
const verdict = (ok: boolean | undefined) => (ok === undefined ? '— n/a' : ok ? '✅ pass' : '❌ miss');
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

// ---------------------------------------------------------------- builds

interface BuildResult {
  label: string;
  ok: boolean;
  wallS: number;
  /** Largest single process (GNU time's maximum resident set size). */
  peakProcessMb?: number;
  /** Sum over the build's process tree, sampled every 200 ms from /proc. */
  peakTreeMb?: number;
  posts?: number;
  pages?: number;
  rendered?: number;
  fromCache?: number;
  summary?: string;
  outputTail: string;
}

const pageSize = 4096;

function treeRssBytes(rootPid: number): number | undefined {
  if (process.platform !== 'linux') return undefined;
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
      rss.set(Number(entry), Number(fields[21]) * pageSize);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    let p: number | undefined = pid;
    for (let depth = 0; p && depth < 20; depth++) {
      if (p === rootPid) {
        total += bytes;
        break;
      }
      p = parent.get(p);
    }
  }
  return total;
}

async function runBuild(label: string, postsDir: string, outDir: string, cacheDir: string): Promise<BuildResult> {
  const useTime = process.platform === 'linux' && existsSync('/usr/bin/time');
  // What `npm run build` runs.
  const build = [process.execPath, '--import', 'tsx', 'scripts/build.ts'];
  const command = useTime ? '/usr/bin/time' : build[0]!;
  const args = useTime ? ['-v', ...build] : build.slice(1);
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: root,
    env: {
      ...process.env,
      QUIRE_POSTS_DIR: postsDir,
      QUIRE_OUT_DIR: outDir,
      // Not (yet) read by the build; lets the bench keep each blog's cache apart if it is.
      QUIRE_CACHE_DIR: cacheDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  let peakTree = 0;
  const sampler = setInterval(() => {
    const bytes = child.pid ? treeRssBytes(child.pid) : undefined;
    if (bytes !== undefined) peakTree = Math.max(peakTree, bytes);
  }, 200);
  const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(sampler);
  const wallS = (performance.now() - started) / 1000;
  const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
  const exit = /Exit status: (\d+)/.exec(output);
  const built = /Built (\d+) posts, (\d+) pages(?: \((\d+) rendered, (\d+) from cache\))?[^\n]*/.exec(output);
  const cleaned = output
    .split('\n')
    .filter((l) => !/^npm warn Unknown user config/.test(l))
    .join('\n');
  const timeReport = cleaned.indexOf('\tCommand being timed');
  const own = (timeReport === -1 ? cleaned : cleaned.slice(0, timeReport)).trim();
  const ok = code === 0 && (!exit || exit[1] === '0');
  return {
    label,
    ok,
    wallS,
    ...(maxRss && { peakProcessMb: Number(maxRss[1]) / 1024 }),
    ...(peakTree > 0 && { peakTreeMb: peakTree / 2 ** 20 }),
    ...(built && {
      posts: Number(built[1]),
      pages: Number(built[2]),
      ...(built[3] !== undefined && { rendered: Number(built[3]), fromCache: Number(built[4]) }),
      summary: built[0],
    }),
    outputTail: own.split('\n').slice(-15).join('\n'),
  };
}

/**
 * Empties the build's cache for one of the bench's own output folders, so that its first
 * build is cold. The build keeps it in .cache/quire/out/<hash of the output folder>
 * (src/build/build-site.ts); if that layout changes, the build's own "N from cache"
 * count still tells, and the report says the build was not cold.
 */
async function clearBuildCacheFor(outDir: string): Promise<void> {
  await rm(path.join(root, '.cache', 'quire', 'out', sha(path.resolve(outDir)).slice(0, 12)), { recursive: true, force: true });
}

/**
 * A fingerprint of the app's sources (names, sizes, modification times): when it changes
 * between two builds, the second one recompiles the app and re-renders every page, so it
 * is not a one-post rebuild (others may be editing the code while the bench runs).
 */
function sourceStamp(): string {
  const parts: string[] = [];
  const walk = (rel: string) => {
    const abs = path.join(root, rel);
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      try {
        const s = statSync(abs);
        parts.push(`${rel}:${s.size}:${s.mtimeMs}`);
      } catch {
        // Missing: nothing to fingerprint.
      }
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (!/\.test\.tsx?$/.test(e.name)) walk(path.join(rel, e.name));
    }
  };
  for (const entry of ['src', 'scripts', 'index.html', 'vite.config.ts', 'site.config.ts', 'package-lock.json']) walk(entry);
  return sha(...parts);
}

/** The generated posts (made once, reused while the generator and count are unchanged). */
async function ensureGenerated(): Promise<string> {
  const dir = path.join(work, `posts-${config.count}`);
  const marker = `${dir}.json`;
  const want = { generatorVersion, count: config.count, seed: config.seed };
  const have = await readFile(marker, 'utf8').then(JSON.parse, () => undefined);
  const files = existsSync(dir) ? (await readdir(dir)).filter((f) => f.endsWith('.md')).length : 0;
  const same = have && have.generatorVersion === want.generatorVersion && have.count === want.count && have.seed === want.seed;
  if (same && files === config.count) {
    log(`Using the ${config.count} generated posts in ${path.relative(root, dir)}`);
    return dir;
  }
  log(`Generating ${config.count} posts into ${path.relative(root, dir)}…`);
  const r = await generatePosts({ count: config.count, outDir: dir, seed: config.seed });
  await writeFile(marker, JSON.stringify({ ...want, bytes: r.bytes, ms: r.ms }));
  log(`Generated ${(r.bytes / 1e6).toFixed(1)} MB in ${(r.ms / 1000).toFixed(1)} s (${r.withCode} with code, ${r.series} series, ${r.drafts} drafts)`);
  return dir;
}

/**
 * The big blog = the generated posts + the sample posts, so the same long post, tag
 * and series exist in both blogs and their pages can be compared byte for byte.
 */
async function assembleBigBlog(generated: string): Promise<string> {
  const dir = path.join(work, `blog-${config.count}`, 'posts');
  await rm(path.dirname(dir), { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(generated, dir, { recursive: true });
  const clash = (await readdir(samplePostsDir)).filter((f) => f.endsWith('.md') && existsSync(path.join(dir, f)));
  if (clash.length) log(`warning: generated posts share file names with sample posts: ${clash.join(', ')}`);
  await cp(samplePostsDir, dir, { recursive: true });
  return dir;
}

// ---------------------------------------------------------------- what to measure

interface SampleFacts {
  longSlug: string;
  codeSlug?: string;
  tagSlug: string;
  tagName: string;
  seriesSlug?: string;
  published: number;
}

async function sampleFacts(): Promise<SampleFacts> {
  const posts: { slug: string; size: number; tags: string[]; series?: string; code: boolean }[] = [];
  for (const file of (await readdir(samplePostsDir)).filter((f) => f.endsWith('.md')).sort()) {
    const text = await readFile(path.join(samplePostsDir, file), 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    const fm = (m ? parseYaml(m[1]!) : {}) as Record<string, unknown>;
    if (fm.draft === true) continue;
    posts.push({
      slug: file.slice(0, -3),
      size: text.length,
      tags: Array.isArray(fm.tags) ? fm.tags.map(String) : [],
      ...(typeof fm.series === 'string' && { series: fm.series }),
      code: /^(```|~~~)/m.test(text),
    });
  }
  const count = (names: string[]) => {
    const counts = new Map<string, { name: string; n: number }>();
    for (const name of names) {
      const slug = slugify(name);
      counts.set(slug, { name: counts.get(slug)?.name ?? name, n: (counts.get(slug)?.n ?? 0) + 1 });
    }
    return [...counts].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]));
  };
  const tags = count(posts.flatMap((p) => p.tags));
  const series = count(posts.flatMap((p) => (p.series ? [p.series] : [])));
  const longest = [...posts].sort((a, b) => b.size - a.size)[0]!;
  return {
    longSlug: longest.slug,
    ...(posts.find((p) => p.code) && { codeSlug: posts.find((p) => p.code)!.slug }),
    tagSlug: tags[0]![0],
    tagName: tags[0]![1].name,
    ...(series[0] && { seriesSlug: series[0][0] }),
    published: posts.length,
  };
}

/** The long post as a static page with no JavaScript: the built HTML minus scripts and preloads. */
async function writeLimitPage(distDir: string, longSlug: string, mdBytes: number): Promise<string[]> {
  const warnings: string[] = [];
  const html = await readFile(path.join(distDir, 'posts', longSlug, 'index.html'), 'utf8');
  const limit = html
    .replace(/<script\b[\s\S]*?<\/script>\s*/gi, '')
    .replace(/<link\b[^>]*\brel="(?:modulepreload|preload|prefetch)"[^>]*>\s*/gi, '');
  await writeFile(path.join(distDir, 'limit.html'), limit);
  const text = limit.replace(/<head>[\s\S]*<\/head>/i, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  if (text.length < mdBytes * 0.6) {
    warnings.push(`The prerendered HTML of /posts/${longSlug} has only ${text.length} characters of text for ${mdBytes} bytes of Markdown: is the post body prerendered?`);
  }
  return warnings;
}

// ---------------------------------------------------------------- browser

interface Profile {
  name: 'phone' | 'unthrottled';
  runs: number;
  context: BrowserContextOptions;
  throttle: boolean;
  quietMs: number;
}

const profiles: Profile[] = [
  {
    name: 'phone',
    runs: config.phoneRuns,
    context: { viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true },
    throttle: true,
    quietMs: 700,
  },
  {
    name: 'unthrottled',
    runs: config.fastRuns,
    context: { viewport: { width: 1280, height: 800 } },
    throttle: false,
    quietMs: 500,
  },
];

/** Longest wait for the network to go quiet (after load, before and after a click). */
const idleLimitMs = 10_000;

const phoneNetwork = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 200_000 };

/** Runs in every page before its own scripts: records LCP candidates and layout shifts. */
const initScript = `(() => {
  const b = (window.__bench = { lcp: [], cls: 0 });
  const describe = (el) => {
    if (!el) return null;
    const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
    return el.tagName.toLowerCase() + cls + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.lcp.push({ t: e.startTime, size: e.size, el: describe(e.element) });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) b.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (e) {}
})();`;

const readMetrics = `(() => {
  const b = window.__bench || { lcp: [], cls: 0 };
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const nav = performance.getEntriesByType('navigation')[0];
  const last = b.lcp[b.lcp.length - 1];
  return {
    lcp: last ? last.t : null,
    lcpElement: last ? last.el : null,
    lcpCandidates: b.lcp.length,
    fcp: fcp ? fcp.startTime : null,
    domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
    load: nav ? nav.loadEventEnd : null,
    cls: b.cls,
    h1: (document.querySelector('h1') || {}).textContent || null,
  };
})()`;

/**
 * Clicks a link inside the page and times, from just before the click, until the new
 * page's h1 (the link's title) is in the DOM, visible and painted (a requestAnimationFrame after
 * the MutationObserver saw it, then a task: the frame has been produced), and until
 * the article's body is in the DOM and painted (no loading placeholder left).
 */
const clickAndTime = (selector: string) => `(async () => {
  const link = document.querySelector(${JSON.stringify(selector)});
  if (!link) return { error: 'no link matches ${selector.replace(/'/g, "\\'")}' };
  const clone = link.cloneNode(true);
  clone.querySelectorAll('.post-nav-label').forEach((n) => n.remove());
  const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  const title = norm(clone.textContent);
  const href = link.getAttribute('href');
  const out = { title, href };
  return await new Promise((resolve) => {
    let t0 = 0;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      mo.disconnect();
      clearTimeout(timer);
      out.path = location.pathname;
      resolve(out);
    };
    const afterPaint = (key) => {
      out[key + 'Dom'] = performance.now() - t0;
      requestAnimationFrame(() => {
        out[key + 'Frame'] = performance.now() - t0;
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          out[key] = performance.now() - t0;
          if (out.h1 !== undefined && out.body !== undefined) finish();
        };
        ch.port2.postMessage(null);
      });
    };
    // Pages rendered ahead of time are in the document, hidden: the new page is the visible h1.
    const visibleH1 = () => [...document.querySelectorAll('h1')].find((h) => norm(h.textContent) === title && h.checkVisibility({ visibilityProperty: true }));
    const check = () => {
      const h1 = visibleH1();
      if (out.h1Dom === undefined && h1) afterPaint('h1');
      if (out.h1Dom !== undefined && out.bodyDom === undefined) {
        const article = h1 && (h1.closest('article') || h1.closest('main'));
        const busy = article && article.querySelector('.loading, [aria-busy="true"]');
        const text = article ? norm(article.textContent).length - title.length : 0;
        if (!busy && text > 200) afterPaint('body');
      }
    };
    const mo = new MutationObserver(check);
    mo.observe(document, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => { out.timeout = true; finish(); }, 10000);
    t0 = performance.now();
    link.click();
    check();
  });
})()`;

interface Network {
  bytes: number;
  requests: number;
  urls: string[];
  failed: string[];
  errors: string[];
  /** Web Workers the page started (network-throttled, but not CPU-throttled: see README). */
  workers: number;
  redirects: string[];
  /** Bytes by kind of resource: html, js, css, json, md, other. */
  byType: Record<string, number>;
  /** Waits for the sizes of finished requests to be known. */
  settle(): Promise<void>;
  idle(quietMs: number, maxMs: number): Promise<boolean>;
}

/**
 * Counts requests and bytes with Playwright's network events, which (unlike a CDP
 * session on the page) include the requests of dedicated workers. Bytes are what
 * came over the wire for each response: headers plus the encoded (gzip) body.
 */
function trackNetwork(page: Page): Network {
  const inflight = new Set<PwRequest>();
  const pending: Promise<void>[] = [];
  let last = performance.now();
  const net: Network = {
    bytes: 0,
    requests: 0,
    urls: [],
    failed: [],
    errors: [],
    workers: 0,
    redirects: [],
    byType: {},
    async settle() {
      await Promise.all(pending);
    },
    async idle(quietMs, maxMs) {
      const until = performance.now() + maxMs;
      while (performance.now() < until) {
        if (inflight.size === 0 && performance.now() - last >= quietMs) return true;
        await sleep(50);
      }
      return false;
    },
  };
  const urlPath = (url: string) => {
    const u = new URL(url);
    return u.pathname + u.search;
  };
  page.on('worker', () => net.workers++);
  page.on('request', (r) => {
    if (/^(data|blob):/.test(r.url())) return;
    net.requests++;
    net.urls.push(urlPath(r.url()));
    inflight.add(r);
    last = performance.now();
  });
  const kind = (r: PwRequest) => {
    const p = new URL(r.url()).pathname;
    if (r.resourceType() === 'document' || p.endsWith('.html') || p.endsWith('/')) return 'html';
    const ext = /\.([a-z0-9]+)$/i.exec(p)?.[1]?.toLowerCase();
    return ext === 'js' || ext === 'css' || ext === 'json' || ext === 'md' ? ext : 'other';
  };
  page.on('response', (r) => {
    if (r.status() >= 400) net.errors.push(`HTTP ${r.status()} ${urlPath(r.url())}`);
    if (r.status() >= 300 && r.status() < 400) {
      net.redirects.push(`${urlPath(r.url())} → ${r.headers().location ?? '?'} (${r.status()})`);
    }
  });
  page.on('requestfinished', (r) => {
    if (!inflight.delete(r)) return;
    last = performance.now();
    pending.push(
      r.sizes().then(
        (s) => {
          const bytes = Math.max(0, s.responseHeadersSize) + Math.max(0, s.responseBodySize);
          net.bytes += bytes;
          net.byType[kind(r)] = (net.byType[kind(r)] ?? 0) + bytes;
        },
        () => undefined,
      ),
    );
  });
  page.on('requestfailed', (r) => {
    if (inflight.delete(r)) net.failed.push(`${urlPath(r.url())}: ${r.failure()?.errorText ?? 'failed'}`);
    last = performance.now();
  });
  return net;
}

interface LoadSample {
  lcp: number | null;
  lcpElement: string | null;
  fcp: number | null;
  cls: number;
  bytes: number;
  requests: number;
  bytesAtLoad: number;
  requestsAtLoad: number;
  duplicates: string[];
  networkIdle: boolean;
  byType: Record<string, number>;
  /** Every request of the load, in order (paths), for looking into the figures. */
  fetched: string[];
}

interface ClickSample {
  h1?: number;
  body?: number;
  h1Dom?: number;
  timeout?: boolean;
  fullReload?: boolean;
  error?: string;
  requestsAfterClick: number;
  bytesAfterClick: number;
  /** What was fetched after the click: what prefetching had not already brought. */
  urlsAfterClick?: string[];
  title?: string;
  path?: string;
}

interface PageSpec {
  id: string;
  blog: 'limit' | 'sample' | 'big';
  kind: 'limit' | 'home' | 'post' | 'tag' | 'series';
  url: string;
  /** In-app navigation to time after the cold load. */
  click?: { id: string; selector: string; prepare?: string };
}

const problems = new Map<string, Set<string>>();
/** Pages that started a Web Worker: CPU throttling does not reach workers. */
const workerPages = new Set<string>();
const noteProblem = (where: string, what: string) => {
  if (!problems.has(where)) problems.set(where, new Set());
  problems.get(where)!.add(what.length > 400 ? `${what.slice(0, 400)}…` : what);
};

async function coldLoad(browser: Browser, spec: PageSpec, profile: Profile): Promise<{ load?: LoadSample; click?: ClickSample }> {
  const context = await browser.newContext(profile.context);
  const where = `${spec.id} (${profile.name})`;
  try {
    await context.addInitScript({ content: initScript });
    const page: Page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') noteProblem(where, `console.${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => noteProblem(where, `page error: ${e.message}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (profile.throttle) {
      await cdp.send('Network.emulateNetworkConditions', phoneNetwork);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    const net = trackNetwork(page);
    await page.goto(spec.url, { waitUntil: 'load', timeout: 60_000 });
    await net.settle();
    const bytesAtLoad = net.bytes;
    const requestsAtLoad = net.requests;
    const networkIdle = await net.idle(profile.quietMs, idleLimitMs);
    await sleep(200);
    await net.settle();
    const m = (await page.evaluate(readMetrics)) as {
      lcp: number | null;
      lcpElement: string | null;
      fcp: number | null;
      cls: number;
    };
    if (m.lcp === null) noteProblem(where, 'no largest-contentful-paint entry was recorded');
    if (!networkIdle) noteProblem(where, `the network did not go quiet within ${idleLimitMs / 1000} s after load (requests kept coming)`);
    if (net.workers) workerPages.add(spec.id);
    for (const e of net.errors) noteProblem(where, e);
    for (const r of net.redirects) noteProblem(where, `redirect ${r}: one more round trip before the page starts`);
    for (const f of net.failed) noteProblem(where, `request failed: ${f}`);
    const seen = new Map<string, number>();
    for (const u of net.urls) seen.set(u, (seen.get(u) ?? 0) + 1);
    const duplicates = [...seen].filter(([, n]) => n > 1).map(([u, n]) => `${u} ×${n}`);
    if (duplicates.length) noteProblem(where, `fetched more than once: ${duplicates.join(', ')}`);
    const load: LoadSample = {
      lcp: m.lcp,
      lcpElement: m.lcpElement,
      fcp: m.fcp,
      cls: m.cls,
      bytes: net.bytes,
      requests: net.requests,
      bytesAtLoad,
      requestsAtLoad,
      duplicates,
      networkIdle,
      byType: { ...net.byType },
      fetched: [...net.urls],
    };
    if (!spec.click) return { load };

    // In-app navigation: let prefetching happen (links in view, idle time), then click.
    if (spec.click.prepare) await page.evaluate(spec.click.prepare);
    await net.idle(profile.quietMs, idleLimitMs);
    await sleep(2000);
    await net.idle(profile.quietMs, idleLimitMs);
    await net.settle();
    const before = { bytes: net.bytes, requests: net.requests, urls: net.urls.length };
    let click: ClickSample;
    try {
      const r = (await page.evaluate(clickAndTime(spec.click.selector))) as Omit<ClickSample, 'requestsAfterClick' | 'bytesAfterClick'>;
      click = { ...r, requestsAfterClick: 0, bytesAfterClick: 0 };
      if (r.error) noteProblem(where, `click: ${r.error}`);
      if (r.timeout) noteProblem(where, `click on "${spec.click.selector}": the new page did not show within 10 s (h1 ${r.h1 === undefined ? 'never matched' : 'seen'}, body ${r.body === undefined ? 'never seen' : 'seen'})`);
    } catch (e) {
      const message = String((e as Error).message);
      click = { fullReload: true, requestsAfterClick: 0, bytesAfterClick: 0, error: message.split('\n')[0]! };
      noteProblem(where, `click on "${spec.click.selector}" did not stay in the app (full page load or crash): ${click.error}`);
    }
    await net.idle(profile.quietMs, idleLimitMs);
    await net.settle();
    click.requestsAfterClick = net.requests - before.requests;
    click.bytesAfterClick = net.bytes - before.bytes;
    click.urlsAfterClick = net.urls.slice(before.urls);
    return { load, click };
  } catch (e) {
    noteProblem(where, `load failed: ${String((e as Error).message).split('\n')[0]}`);
    return {};
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- main

async function main() {
  await mkdir(work, { recursive: true });
  await mkdir(resultsDir, { recursive: true });
  const facts = await sampleFacts();
  const sampleOut = path.join(work, 'out-sample');
  const bigOut = path.join(work, `out-${config.count}`);
  const builds: Record<string, BuildResult> = {};
  let touched: string | undefined;
  let rebuildInvalid = false;
  const buildWarnings: string[] = [];
  const loadAvgStart = os.loadavg();

  if (!config.skipBuild) {
    if (config.clearBuildCache) {
      log('Removing .cache/quire (--clear-build-cache)');
      await rm(path.join(root, '.cache', 'quire'), { recursive: true, force: true });
    }
    if (config.big) {
      const generated = await ensureGenerated();
      const postsDir = await assembleBigBlog(generated);
      const cacheDir = path.join(work, `cache-${config.count}`);
      await rm(cacheDir, { recursive: true, force: true });
      await rm(bigOut, { recursive: true, force: true });
      await clearBuildCacheFor(bigOut);
      const stampBefore = sourceStamp();
      log(`Building the ${config.count}-post blog (cold)…`);
      builds.big = await runBuild(`${config.count} posts`, postsDir, bigOut, cacheDir);
      log(`  ${builds.big.ok ? builds.big.summary ?? 'done' : 'FAILED'} — ${sec(builds.big.wallS)} wall, peak ${mb(builds.big.peakTreeMb ?? builds.big.peakProcessMb)}`);
      if (builds.big.ok) {
        const files = (await readdir(generated)).filter((f) => f.endsWith('.md')).sort();
        for (let i = Math.floor(files.length / 2); i < files.length; i++) {
          const text = await readFile(path.join(postsDir, files[i]!), 'utf8');
          if (!/^draft: true$/m.test(text.slice(0, 1500))) {
            touched = files[i]!;
            break;
          }
        }
        if (touched) {
          await appendFile(path.join(postsDir, touched), '\nThis sentence was appended by the benchmark to time a one-post rebuild.\n');
          log(`Rebuilding after appending a sentence to ${touched}…`);
          builds.rebuild = await runBuild('one-post rebuild', postsDir, bigOut, cacheDir);
          log(`  ${builds.rebuild.ok ? builds.rebuild.summary ?? 'done' : 'FAILED'} — ${sec(builds.rebuild.wallS)} wall`);
          // Sources edited between the two builds (by someone else) invalidate the page cache.
          const rerendered = builds.rebuild.rendered;
          if (sourceStamp() !== stampBefore && (rerendered === undefined || rerendered > (builds.rebuild.pages ?? 0) * 0.05)) {
            rebuildInvalid = true;
            buildWarnings.push(
              `The app's sources (src/, scripts/, index.html, configs) changed while the bench was building, and the second build re-rendered ${rerendered ?? 'an unknown number of'} pages: it is not a measure of a one-post rebuild. Run the bench again when nobody is editing.`,
            );
            log('  warning: the sources changed during the builds; the rebuild figure is not a one-post rebuild');
          }
        }
      }
    }
    const sampleCache = path.join(work, 'cache-sample');
    await rm(sampleCache, { recursive: true, force: true });
    await rm(sampleOut, { recursive: true, force: true });
    await clearBuildCacheFor(sampleOut);
    log('Building the sample blog…');
    builds.sample = await runBuild(`sample (${facts.published} posts)`, samplePostsDir, sampleOut, sampleCache);
    log(`  ${builds.sample.ok ? builds.sample.summary ?? 'done' : 'FAILED'} — ${sec(builds.sample.wallS)} wall`);
    for (const b of Object.values(builds)) {
      if (!b.ok) noteProblem(`build: ${b.label}`, `the build failed:\n${b.outputTail}`);
      else if (/warning|error/i.test(b.outputTail.replace(b.summary ?? '', ''))) noteProblem(`build: ${b.label}`, b.outputTail);
    }
    for (const b of [builds.big, builds.sample]) {
      if (!b?.fromCache) continue;
      buildWarnings.push(
        `The build "${b.label}" took ${b.fromCache} of ${b.pages} pages from the build cache, so it was not a cold build: the bench empties the build's cache for its own output folders (.cache/quire/out/<hash>) and passes QUIRE_CACHE_DIR, so the cache is now kept elsewhere. Run with --clear-build-cache to delete all of .cache/quire first.`,
      );
    }
  }

  const haveSample = existsSync(path.join(sampleOut, 'index.html'));
  const haveBig = config.big && existsSync(path.join(bigOut, 'index.html'));
  if (!haveSample) throw new Error('The sample blog did not build; nothing to measure.');
  const mdBytes = (await stat(path.join(samplePostsDir, `${facts.longSlug}.md`))).size;
  buildWarnings.push(...(await writeLimitPage(sampleOut, facts.longSlug, mdBytes)));

  // JavaScript per route, from the built files.
  const postWithoutCode = async (dist: string) => {
    const preferred = path.join(dist, 'posts', facts.longSlug, 'index.html');
    if (existsSync(preferred) && !(await readFile(preferred, 'utf8')).includes('<pre')) return `posts/${facts.longSlug}/index.html`;
    for (const entry of await readdir(path.join(dist, 'posts'), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      if (!(await readFile(path.join(dist, 'posts', entry.name, 'index.html'), 'utf8')).includes('<pre')) return `posts/${entry.name}/index.html`;
    }
    return undefined;
  };
  const jsRoutes = async (dist: string) => {
    const plain = await postWithoutCode(dist);
    const routes: [string, string | undefined][] = [
      ['home', 'index.html'],
      ['post (no code)', plain],
      ['post (with code)', facts.codeSlug && `posts/${facts.codeSlug}/index.html`],
      ['tag', `tags/${facts.tagSlug}/index.html`],
    ];
    const out: Record<string, { file: string; gzipBytes: number; rawBytes: number; files: number }> = {};
    for (const [name, file] of routes) {
      if (!file || !existsSync(path.join(dist, file))) continue;
      const w = await pageJavaScript(dist, file);
      out[name] = { file, gzipBytes: w.gzipBytes, rawBytes: w.rawBytes, files: w.files.length };
    }
    return out;
  };
  const js = { sample: await jsRoutes(sampleOut), ...(haveBig && { big: await jsRoutes(bigOut) }) };

  // Serve and measure.
  const listen = async (dir: string) => {
    const server: Server = await serveStatic({ dir, port: 0, gzip: true });
    return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  };
  const sampleServer = await listen(sampleOut);
  const bigServer = haveBig ? await listen(bigOut) : undefined;
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({
    ...(executablePath && { executablePath }),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const chromiumVersion = browser.version();

  const scrollToOlder = `(() => { const a = document.querySelector('.post-nav-older'); if (a) a.scrollIntoView({ block: 'center' }); })()`;
  const sitePages = (blog: 'sample' | 'big', origin: string): PageSpec[] => [
    { id: `${blog} home`, blog, kind: 'home', url: `${origin}/`, click: { id: `${blog} home → first post`, selector: '.post-list a[href*="/posts/"]' } },
    {
      id: `${blog} post`,
      blog,
      kind: 'post',
      url: `${origin}/posts/${facts.longSlug}`,
      click: { id: `${blog} post → older post`, selector: '.post-nav-older', prepare: scrollToOlder },
    },
    { id: `${blog} tag`, blog, kind: 'tag', url: `${origin}/tags/${encodeURIComponent(facts.tagSlug)}` },
    ...(facts.seriesSlug ? [{ id: `${blog} series`, blog, kind: 'series' as const, url: `${origin}/series/${facts.seriesSlug}` }] : []),
  ];
  const specs: PageSpec[] = [
    { id: 'limit', blog: 'limit', kind: 'limit', url: `${sampleServer.origin}/limit.html` },
    ...sitePages('sample', sampleServer.origin),
    ...(bigServer ? sitePages('big', bigServer.origin) : []),
  ];

  const loads: Record<string, Record<string, LoadSample[]>> = {};
  const clicks: Record<string, Record<string, ClickSample[]>> = {};
  try {
    // Warm-up (server file cache, browser start-up), not counted.
    await coldLoad(browser, specs[1]!, profiles[1]!);
    problems.clear();
    for (const profile of profiles) {
      loads[profile.name] = {};
      clicks[profile.name] = {};
      for (let run = 1; run <= profile.runs; run++) {
        log(`Browser: ${profile.name} profile, run ${run} of ${profile.runs}`);
        // Every page once per run, in an order rotated each run, so drift and position affect all pages alike.
        const order = specs.map((_, i) => specs[(i + run - 1) % specs.length]!);
        for (const spec of order) {
          const r = await coldLoad(browser, spec, profile);
          if (r.load) (loads[profile.name]![spec.id] ??= []).push(r.load);
          if (r.click && spec.click) (clicks[profile.name]![spec.click.id] ??= []).push(r.click);
        }
      }
    }
  } finally {
    await browser.close();
    sampleServer.server.close();
    bigServer?.server.close();
  }

  // ---------------------------------------------------------------- summarise
  type LoadMedian = { byType: Record<string, number | undefined>; lcp?: number; fcp?: number; cls?: number; bytes?: number; requests?: number; bytesAtLoad?: number; requestsAtLoad?: number; lcpElement?: string; runs: number; missingLcp: number };
  const loadMedians: Record<string, Record<string, LoadMedian>> = {};
  for (const [profile, pages] of Object.entries(loads)) {
    loadMedians[profile] = {};
    for (const [id, samples] of Object.entries(pages)) {
      const elements = samples.map((s) => s.lcpElement).filter(Boolean) as string[];
      const lcpElement = elements.sort((a, b) => elements.filter((x) => x === b).length - elements.filter((x) => x === a).length)[0];
      loadMedians[profile]![id] = {
        lcp: median(samples.map((s) => s.lcp ?? NaN)),
        fcp: median(samples.map((s) => s.fcp ?? NaN)),
        cls: median(samples.map((s) => s.cls)),
        bytes: median(samples.map((s) => s.bytes)),
        requests: median(samples.map((s) => s.requests)),
        bytesAtLoad: median(samples.map((s) => s.bytesAtLoad)),
        requestsAtLoad: median(samples.map((s) => s.requestsAtLoad)),
        ...(lcpElement && { lcpElement }),
        byType: Object.fromEntries(['html', 'js', 'css', 'json', 'md', 'other'].map((t) => [t, median(samples.map((s) => s.byType[t] ?? 0))])),
        runs: samples.length,
        missingLcp: samples.filter((s) => s.lcp === null).length,
      };
    }
  }
  type ClickMedian = { fetchedAfterClick: string[]; h1?: number; body?: number; h1Dom?: number; requestsAfterClick?: number; bytesAfterClick?: number; runs: number; failures: number; title?: string };
  const clickMedians: Record<string, Record<string, ClickMedian>> = {};
  for (const [profile, navs] of Object.entries(clicks)) {
    clickMedians[profile] = {};
    for (const [id, samples] of Object.entries(navs)) {
      const good = samples.filter((s) => !s.fullReload && !s.error && !s.timeout);
      clickMedians[profile]![id] = {
        h1: median(good.map((s) => s.h1 ?? NaN)),
        body: median(good.map((s) => s.body ?? NaN)),
        h1Dom: median(good.map((s) => s.h1Dom ?? NaN)),
        requestsAfterClick: median(samples.map((s) => s.requestsAfterClick)),
        bytesAfterClick: median(samples.map((s) => s.bytesAfterClick)),
        runs: samples.length,
        failures: samples.length - good.length,
        fetchedAfterClick: [...new Set(samples.flatMap((s) => s.urlsAfterClick ?? []))],
        ...(samples[0]?.title && { title: samples[0].title }),
      };
    }
  }

  const phone = loadMedians.phone ?? {};
  const limitLcp = phone.limit?.lcp;
  const ratio = (id: string) => (phone[id]?.lcp !== undefined && limitLcp ? phone[id]!.lcp! / limitLcp : undefined);
  interface Check {
    check: string;
    value: string;
    target: string;
    pass?: boolean;
  }
  const checks: Check[] = [];
  for (const blog of ['sample', ...(haveBig ? ['big'] : [])]) {
    const r = ratio(`${blog} post`);
    checks.push({
      check: `cold post LCP ÷ zero-JS limit, phone (${blog === 'big' ? `${config.count}-post` : 'sample'} blog)`,
      value: r === undefined ? '—' : `${r.toFixed(2)}× (${ms(phone[`${blog} post`]?.lcp)} vs ${ms(limitLcp)})`,
      target: `≤ ${targets.lcpRatio}×`,
      ...(r !== undefined && { pass: r <= targets.lcpRatio }),
    });
  }
  for (const [id, c] of Object.entries(clickMedians.phone ?? {})) {
    const label = id.replace(/^big /, `${config.count}-post `);
    checks.push({
      check: `click-to-content, phone: ${label}`,
      value: c.h1 === undefined ? `— (${c.failures} of ${c.runs} runs failed)` : `${ms(c.h1)} (body ${ms(c.body)})`,
      target: `≤ ${targets.clickMs} ms`,
      ...(c.h1 !== undefined && { pass: Math.max(c.h1, c.body ?? c.h1) <= targets.clickMs && c.failures === 0 }),
    });
  }
  const homeJs = js.sample.home?.gzipBytes;
  const postJs = js.sample['post (no code)']?.gzipBytes;
  checks.push({ check: 'JS to open the home page (gzip)', value: kb(homeJs), target: `≤ ${targets.homeJs / 1024} KB`, ...(homeJs !== undefined && { pass: homeJs <= targets.homeJs }) });
  checks.push({ check: 'JS to open a post without code (gzip)', value: kb(postJs), target: `≤ ${targets.postJs / 1024} KB`, ...(postJs !== undefined && { pass: postJs <= targets.postJs }) });
  if (haveBig) {
    for (const kind of ['home', 'post', 'tag', 'series']) {
      const a = phone[`sample ${kind}`]?.bytes;
      const b = phone[`big ${kind}`]?.bytes;
      if (a === undefined && b === undefined) continue;
      const drift = a && b !== undefined ? b / a - 1 : undefined;
      checks.push({
        check: `bytes of the ${kind} page, ${config.count}-post vs sample blog`,
        value: drift === undefined ? '—' : `${kb(b)} vs ${kb(a)} (${drift >= 0 ? '+' : ''}${(drift * 100).toFixed(1)}%)`,
        target: `within ${targets.bytesDrift * 100}%`,
        ...(drift !== undefined && { pass: Math.abs(drift) <= targets.bytesDrift }),
      });
    }
  }
  if (builds.big) {
    checks.push({
      check: `build of ${config.count} posts`,
      value: builds.big.ok ? `${sec(builds.big.wallS)}${builds.big.fromCache ? ` (${builds.big.fromCache} pages from cache: not cold)` : ''}` : 'failed',
      target: `≤ ${targets.bigBuildS} s`,
      pass: builds.big.ok && builds.big.wallS <= targets.bigBuildS,
    });
  }
  if (builds.rebuild) {
    checks.push({
      check: 'rebuild after changing one post',
      value: builds.rebuild.ok ? `${sec(builds.rebuild.wallS)}${rebuildInvalid ? ' (sources changed between the builds: not a one-post rebuild)' : ''}` : 'failed',
      target: `≤ ${targets.rebuildS} s`,
      ...(!rebuildInvalid && { pass: builds.rebuild.ok && builds.rebuild.wallS <= targets.rebuildS }),
    });
  }

  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    chromium: chromiumVersion,
    loadAverageAtStart: loadAvgStart.map((l) => Math.round(l * 100) / 100),
    loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
  const durationS = (performance.now() - benchStarted) / 1000;
  const problemList = [...problems].map(([where, set]) => ({ where, messages: [...set] }));

  // ---------------------------------------------------------------- report
  const blogLabel = (id: string) =>
    id === 'limit'
      ? `zero-JS limit (/limit.html = /posts/${facts.longSlug} without scripts)`
      : id.replace(/^sample /, 'sample · ').replace(/^big /, `${config.count} posts · `);
  const pageUrl = Object.fromEntries(specs.map((s) => [s.id, new URL(s.url).pathname]));
  const md: string[] = [];
  md.push(`# Quire benchmark`, '');
  md.push(
    `${new Date().toISOString()} · ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB · ${machine.os} · Node ${machine.node} · Chromium ${machine.chromium} · load average at start ${machine.loadAverageAtStart.join(' / ')} · bench took ${sec(durationS)}`,
    '',
  );
  md.push(
    `Profiles: **phone** = 150 ms latency, 1.6 Mbps down and up, CPU 4× slower (main thread), 412×915 viewport; **unthrottled** = no throttling, 1280×800. Each load is cold (new browser context, empty cache); figures are medians of ${config.phoneRuns} runs (phone) and ${config.fastRuns} (unthrottled). ` +
      `The ${config.count}-post blog is ${config.count} generated posts plus the sample posts, so the same post (${facts.longSlug}), tag (${facts.tagName}) and series exist in both blogs.`,
    '',
  );
  md.push('## Targets', '', '| check | measured | target | result |', '| --- | --- | --- | --- |');
  for (const c of checks) md.push(`| ${c.check} | ${c.value} | ${c.target} | ${verdict(c.pass)} |`);
  md.push('');
  md.push('## First load (cold)', '');
  md.push('| page | URL | phone LCP | phone FCP | LCP ÷ limit | transferred (at load / until idle) | requests | CLS | unthrottled LCP | unthrottled FCP |');
  md.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const spec of specs) {
    const p = phone[spec.id];
    const u = loadMedians.unthrottled?.[spec.id];
    const r = spec.id === 'limit' ? 1 : spec.kind === 'post' ? ratio(spec.id) : undefined;
    md.push(
      `| ${blogLabel(spec.id)} | ${pageUrl[spec.id]} | ${ms(p?.lcp)}${p?.missingLcp ? ` (${p.missingLcp} runs without LCP)` : ''} | ${ms(p?.fcp)} | ${r === undefined ? '' : `${r.toFixed(2)}×`} | ${kb(p?.bytesAtLoad)} / ${kb(p?.bytes)} | ${p?.requestsAtLoad ?? '—'} / ${p?.requests ?? '—'} | ${p?.cls === undefined ? '—' : p.cls.toFixed(3)} | ${ms(u?.lcp)} | ${ms(u?.fcp)} |`,
    );
  }
  md.push('', 'Transferred until the network is quiet, by type (phone, medians, KB; includes prefetching of the links in view):', '');
  md.push('| page | html | js | css | json | md | other |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const spec of specs) {
    const t = phone[spec.id]?.byType ?? {};
    md.push(`| ${blogLabel(spec.id).split(' (')[0]} | ${['html', 'js', 'css', 'json', 'md', 'other'].map((k) => (t[k] === undefined ? '—' : (t[k]! / 1024).toFixed(1))).join(' | ')} |`);
  }
  md.push('', 'LCP element (phone): ' + specs.map((s) => `${blogLabel(s.id).split(' (')[0]}: \`${phone[s.id]?.lcpElement ?? '—'}\``).join('; '), '');
  md.push('## In-app navigation (after load + 2 s idle; click → new h1 painted, → post body painted)', '');
  md.push('| navigation | phone: h1 | phone: body | unthrottled: h1 | unthrottled: body | requests after click (phone) | bytes after click (phone) | fetched after click (any run, phone) |');
  md.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const id of Object.keys(clickMedians.phone ?? clickMedians.unthrottled ?? {})) {
    const p = clickMedians.phone?.[id];
    const u = clickMedians.unthrottled?.[id];
    const fail = (c?: ClickMedian) => (c?.failures ? ` (${c.failures}/${c.runs} failed)` : '');
    md.push(
      `| ${id.replace(/^big /, `${config.count} posts · `).replace(/^sample /, 'sample · ')} | ${ms(p?.h1)}${fail(p)} | ${ms(p?.body)} | ${ms(u?.h1)}${fail(u)} | ${ms(u?.body)} | ${p?.requestsAfterClick ?? '—'} | ${kb(p?.bytesAfterClick)} | ${(p?.fetchedAfterClick ?? []).map((u) => `\`${u.replace(/^\/data\/[^/]+\//, 'data/…/')}\``).join(' ') || '—'} |`,
    );
  }
  if (workerPages.size) {
    md.push(
      '',
      `Note: ${[...workerPages].join(', ')} started a Web Worker. Chromium's CPU throttling (the phone profile's 4× slowdown) applies to the page's main thread only, so work done in a worker runs at full speed here; on a real phone it would be about 4× slower.`,
    );
  }
  md.push('', '## JavaScript per route (gzip; the page\'s module scripts, modulepreloads and their static imports)', '');
  md.push(`| route | sample blog | ${config.count}-post blog | budget |`, '| --- | --- | --- | --- |');
  for (const name of Object.keys(js.sample)) {
    const budget = name === 'home' ? `${targets.homeJs / 1024} KB` : name === 'post (no code)' ? `${targets.postJs / 1024} KB` : '';
    const s = js.sample[name]!;
    const b = 'big' in js ? js.big?.[name] : undefined;
    md.push(`| ${name} (${s.file}) | ${kb(s.gzipBytes)} in ${s.files} files | ${b ? `${kb(b.gzipBytes)} in ${b.files} files` : '—'} | ${budget} |`);
  }
  md.push('', '## Build', '');
  md.push('| build | wall time | peak memory (process tree / largest process) | output |', '| --- | --- | --- | --- |');
  for (const b of Object.values(builds)) {
    md.push(`| ${b.label} | ${b.ok ? sec(b.wallS) : 'failed'} | ${mb(b.peakTreeMb)} / ${mb(b.peakProcessMb)} | ${b.summary ?? '—'} |`);
  }
  if (touched) md.push('', `One-post rebuild: a sentence appended to \`${touched}\`.`);
  if (config.skipBuild) md.push('', '(--skip-build: the builds in bench/.work were reused and not timed.)');
  if (buildWarnings.length) md.push('', ...buildWarnings.map((w) => `- ⚠️ ${w}`));
  md.push('', '## Problems seen', '');
  if (!problemList.length) md.push('None: no console errors or warnings, page errors, failed or duplicate requests, or missing LCP.');
  // The same message on several pages is listed once, with the pages.
  const byMessage = new Map<string, string[]>();
  for (const p of problemList) {
    for (const m of p.messages) {
      const key = m.replace(/http:\/\/127\.0\.0\.1:\d+/g, '');
      byMessage.set(key, [...(byMessage.get(key) ?? []), p.where]);
    }
  }
  for (const [message, where] of byMessage) md.push(`- ${message.replace(/\n/g, ' ⏎ ')} — **${where.join(', ')}**`);
  const markdown = md.join('\n') + '\n';

  const json = {
    date: new Date().toISOString(),
    durationS,
    machine,
    config: { ...config, targets, profiles: profiles.map(({ name, runs, context, throttle }) => ({ name, runs, context, throttle, ...(throttle && { network: phoneNetwork, cpuSlowdown: 4 }) })) },
    pages: Object.fromEntries(specs.map((s) => [s.id, s.url.replace(/^http:\/\/[^/]+/, '')])),
    facts,
    builds,
    touched,
    js,
    firstLoad: loadMedians,
    navigation: clickMedians,
    checks,
    problems: problemList,
    warnings: buildWarnings,
    workerPages: [...workerPages],
    raw: { loads, clicks },
  };
  await writeFile(path.join(resultsDir, 'latest.json'), JSON.stringify(json, null, 2));
  await writeFile(path.join(resultsDir, 'latest.md'), markdown);
  await writeFile(path.join(resultsDir, `${json.date.replace(/[:.]/g, '-')}.json`), JSON.stringify(json, null, 2));
  console.log('\n' + markdown);
  log(`Wrote ${path.relative(root, path.join(resultsDir, 'latest.json'))} and latest.md; the bench took ${sec(durationS)}.`);
}

await main();
