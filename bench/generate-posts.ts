/**
 * Generates a large, realistic blog for the benchmark: N Markdown posts with front
 * matter, deterministically (a seeded PRNG: the same count and seed give the same
 * bytes on every machine). The text is made from a word list, not from real writing.
 *
 *   npx tsx bench/generate-posts.ts --count 10000 --out bench/.work/posts-10000 [--seed 1] [--end-date 2022-06-30]
 *
 * For 10,000 posts: about 75 MB of Markdown (7.5 KB on average, 1–30 KB each), dates
 * spread over the 15 years before --end-date (ISO, with and without time and offset, some shared), 1–4 tags
 * from a vocabulary of 60 (some with accents or spaces), ~10% of posts in series of
 * 3–12 parts (some numbered with seriesOrder), a few drafts and guest authors, some
 * `summary:` and some `<!-- more -->`. Bodies use ## and ### headings, paragraphs with
 * emphasis, inline code, links (external and to earlier posts) and footnotes, bullet
 * and numbered lists, blockquotes, occasional tables, and fenced code (go, bash, yaml,
 * ts) in ~30% of posts.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface GenerateOptions {
  count: number;
  /** Folder for the `.md` files; existing `.md` files in it are removed first. */
  outDir: string;
  seed?: number;
  /**
   * Day of the newest post (YYYY-MM-DD); the oldest is 15 years earlier. The default
   * ends just before the sample posts (public/posts, July 2022 on) begin, so a blog of
   * generated posts plus the sample posts shows the sample posts on its first pages.
   */
  endDate?: string;
}

export const defaultEndDate = '2022-06-30';

export interface GeneratedPost {
  slug: string;
  /** The whole file: front matter and body. */
  source: string;
  draft: boolean;
  hasCode: boolean;
}

export interface GenerateResult {
  outDir: string;
  count: number;
  seed: number;
  bytes: number;
  drafts: number;
  withCode: number;
  series: number;
  ms: number;
}

/** Bump when the output for a given count and seed changes, so cached copies are regenerated. */
export const generatorVersion = 2;

// ---------------------------------------------------------------- randomness

/** mulberry32: small, fast, good enough for test data. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const mix = (a: number, b: number) => {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x27d4eb2f, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
};

class Rng {
  next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Index drawn with weights ∝ 1/(i+1)^s (a few popular, many rare). */
  zipf(n: number, s = 1): number {
    let total = 0;
    for (let i = 0; i < n; i++) total += 1 / (i + 1) ** s;
    let r = this.next() * total;
    for (let i = 0; i < n; i++) {
      r -= 1 / (i + 1) ** s;
      if (r <= 0) return i;
    }
    return n - 1;
  }
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

// ---------------------------------------------------------------- vocabulary

const tagVocabulary = [
  'go', 'kubernetes', 'containers', 'Distributed Systems', 'linux', 'aws', 'books', 'papers',
  'career', 'networking', 'databases', 'rust', 'typescript', 'testing', 'operations', 'performance',
  'security', 'observability', 'system design', 'productivity', 'writing', 'habits', 'scheduling',
  'open source', 'python', 'postgres', 'storage', 'leadership', 'cloud', 'devops', 'machine learning',
  'ai', 'neovim', 'tools', 'decisions', 'feedback', 'javascript', 'react', 'compilers', 'algorithms',
  'Über', 'Café', 'Résumé', 'Naïve Bayes', 'São Paulo', 'Zürich', 'meta', 'hiring', 'incidents',
  'Site Reliability', 'caching', 'queues', 'consensus', 'terraform', 'docker', 'git', 'mentoring',
  'reading notes', 'travel', 'conferences',
] as const;

const functionWords = [
  'the', 'the', 'the', 'a', 'a', 'of', 'of', 'to', 'to', 'and', 'and', 'in', 'in', 'is', 'is', 'that',
  'it', 'for', 'on', 'with', 'as', 'we', 'this', 'but', 'not', 'be', 'are', 'was', 'when', 'how',
  'what', 'you', 'they', 'at', 'by', 'from', 'or', 'an', 'its', 'our', 'more', 'than', 'so', 'if',
  'then', 'only', 'every', 'each', 'some', 'most', 'which', 'because', 'after', 'before', 'until',
];

const nouns = (
  'system service cluster request response latency throughput queue worker node pod container image ' +
  'deploy rollout rollback config secret token cache index table query schema migration replica leader ' +
  'follower quorum partition shard log metric trace alert dashboard runbook incident pager outage ' +
  'budget error retry timeout backoff jitter lock lease heartbeat snapshot checkpoint stream batch job ' +
  'scheduler resource limit memory thread process kernel socket packet route bridge interface address ' +
  'namespace volume disk file buffer page allocator pointer slice map channel goroutine closure module ' +
  'package library dependency version release branch commit review test fixture mock benchmark profile ' +
  'compiler parser grammar tree visitor plugin pipeline build artifact bundle chunk loader ' +
  'browser render paint layout script style component state hook effect router link header footer ' +
  'team manager engineer customer owner mentor reader writer author editor draft note habit week morning ' +
  'evening coffee notebook book chapter paper idea question answer problem solution tradeoff decision ' +
  'risk cost value goal plan estimate deadline meeting document proposal design pattern principle'
).split(' ');
const adjectives = (
  'quiet careful simple small large slow fast stable fragile honest clear messy strange obvious subtle ' +
  'useful painful boring elegant stubborn patient curious tired happy nervous distributed eventual ' +
  'consistent durable idempotent atomic concurrent parallel lazy eager hidden visible remote local'
).split(' ');
const verbs = (
  'write read ship measure debug restart rebuild refactor delete rename split merge fetch parse ' +
  'serialize encode compress retry drain evict schedule allocate observe explain notice forget learn ' +
  'teach remember wonder argue agree change move keep break fix run stop start wait watch try'
).split(' ');
const adverbs = (
  'always rarely often usually never probably exactly roughly mostly quickly slowly finally ' +
  'yesterday today tomorrow again still already almost enough nearly suddenly honestly'
).split(' ');
const contentWords = [...nouns, ...nouns, ...adjectives, ...verbs, ...adverbs];

const tools = [
  'Kubernetes', 'Go', 'Rust', 'Postgres', 'Redis', 'Kafka', 'Linux', 'Docker', 'Terraform', 'Envoy',
  'Nginx', 'SQLite', 'TypeScript', 'React', 'Vim', 'Git', 'eBPF', 'gRPC', 'systemd', 'ZooKeeper',
  'etcd', 'Prometheus', 'Grafana', 'Raft', 'Paxos', 'WebAssembly', 'Bash', 'YAML', 'JSON', 'HTTP/2',
];

const guestAuthors = ['Ana Müller', 'Kenji Watanabe', 'Priya Raman', 'Tomás Ortega', 'Grace Okafor', 'Liam Byrne'];

const offsets = ['-08:00', '-07:00', '-07:00', '-05:00', '-04:00', 'Z', '+00:00', '+01:00', '+02:00', '+05:30', '+09:00'];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const plural = (s: string) => (/(?:s|x|sh|ch)$/.test(s) ? `${s}es` : /[^aeiou]y$/.test(s) ? `${s.slice(0, -1)}ies` : `${s}s`);
const article = (s: string) => (/^[aeiou]/i.test(s) ? `an ${s}` : `a ${s}`);

const asciiSlug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

function yamlScalar(value: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} ._+-]*$/u.test(value) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(value) && !/^\d/.test(value)
    ? value
    : JSON.stringify(value);
}

// ---------------------------------------------------------------- plan (front matter of every post)

interface Plan {
  index: number;
  slug: string;
  title: string;
  date: string;
  instant: number;
  updated?: string;
  summary?: string;
  tags: string[];
  series?: { name: string; order?: number; part: number };
  author?: string;
  draft: boolean;
  hasCode: boolean;
  targetBytes: number;
}

const yearMs = 365.25 * 24 * 3600 * 1000;
const spanMs = 15 * yearMs;

function formatDate(instant: number, offset: string, dateOnly: boolean): string {
  const minutes = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
  const local = new Date(instant + minutes * 60_000).toISOString();
  return dateOnly ? local.slice(0, 10) : `${local.slice(0, 19)}${offset}`;
}

function titleFor(rng: Rng): string {
  const n = () => rng.pick(nouns);
  const ns = () => plural(rng.pick(nouns));
  const a = () => rng.pick(adjectives);
  const v = () => rng.pick(verbs);
  const t = () => rng.pick(tools);
  switch (rng.int(0, 11)) {
    case 0: return `How I ${v()} the ${n()} with ${t()}`;
    case 1: return `Why ${a()} ${ns()} matter`;
    case 2: {
      const x = t();
      const y = rng.pick(tools.filter((tool) => tool !== x));
      return `${x} vs ${y}: ${a()} ${ns()}`;
    }
    case 3: return `${cap(article(a()))} guide to ${t()} ${ns()}`;
    case 4: return `Notes on ${a()} ${ns()}`;
    case 5: return `Debugging ${article(a())} ${n()} in ${t()}`;
    case 6: return `What ${rng.int(2, 12)} years of ${ns()} taught me`;
    case 7: return `The ${n()} that would not ${v()}`;
    case 8: return `${cap(v())}, ${v()}, ${v()}: ${article(n())} story`;
    case 9: return `On ${ns()} and ${ns()}`;
    case 10: return `"${cap(a())} by default": ${t()} ${ns()}`;
    default: return `${cap(a())} ${ns()} in ${t()}, and the ${n()}`;
  }
}

const seriesPatterns = [
  (x: string) => `Learning ${x}`,
  (x: string) => `${x} from scratch`,
  (x: string) => `Notes on ${x}`,
  (x: string) => `${x} in practice`,
  (x: string) => `The ${x} diaries`,
  (x: string) => `Reading the ${x} source`,
  (x: string) => `A month of ${x}`,
];

function planPosts(count: number, seed: number, endDate: string): Plan[] {
  const endInstant = Date.parse(`${endDate}T12:00:00Z`);
  if (!Number.isFinite(endInstant)) throw new Error(`end date "${endDate}" is not a date such as 2022-06-30`);
  const startInstant = endInstant - spanMs;
  const rng = new Rng(mix(seed, 0x5eed));
  const plans: Plan[] = [];
  const slugs = new Set<string>();
  let previousDate = '';
  let previousInstant = 0;
  for (let i = 0; i < count; i++) {
    // Roughly chronological by index, with jitter; ~3% share the previous post's date exactly.
    const base = startInstant + (spanMs * (i + 0.5)) / count;
    const shareDate = i > 0 && rng.chance(0.03);
    const jitter = (rng.next() - 0.5) * Math.min(spanMs / count, 7 * 24 * 3600 * 1000) * 1.5;
    const instant = shareDate ? previousInstant : Math.round(Math.min(endInstant, Math.max(startInstant, base + jitter)));
    const date = shareDate ? previousDate : formatDate(instant, rng.pick(offsets), rng.chance(0.15));
    previousDate = date;
    previousInstant = instant;

    const title = titleFor(rng);
    let slug = asciiSlug(title).split('-').slice(0, 8).join('-') || `post-${i}`;
    if (slugs.has(slug)) {
      let n = 2;
      while (slugs.has(`${slug}-${n}`)) n++;
      slug = `${slug}-${n}`;
    }
    slugs.add(slug);

    const tagCount = [1, 2, 2, 2, 3, 3, 3, 4][rng.int(0, 7)]!;
    const tags = new Set<string>();
    while (tags.size < tagCount) tags.add(tagVocabulary[rng.zipf(tagVocabulary.length, 0.9)]!);

    const size = Math.exp(Math.log(6000) + 0.62 * rng.normal());
    plans.push({
      index: i,
      slug,
      title,
      date,
      instant,
      tags: [...tags],
      draft: rng.chance(0.003),
      hasCode: rng.chance(0.3),
      targetBytes: Math.round(Math.min(29 * 1024, Math.max(1200, size))),
      ...(rng.chance(0.06) && {
        updated: formatDate(instant + rng.int(1, 400) * 24 * 3600 * 1000, rng.pick(offsets), false),
      }),
      ...(rng.chance(0.04) && { author: rng.pick(guestAuthors) }),
    });
  }

  // Series: ~10% of posts, 3–12 parts each, parts spread over following posts.
  const names = new Set<string>();
  let inSeries = 0;
  let guard = 0;
  while (inSeries < count * 0.1 && guard++ < count * 10) {
    const length = rng.int(3, 12);
    const stride = rng.int(1, 25);
    const start = rng.int(0, Math.max(0, count - 1));
    const members: Plan[] = [];
    for (let j = start; j < count && members.length < length; j += stride) {
      if (!plans[j]!.series) members.push(plans[j]!);
    }
    if (members.length < 3) continue;
    let name = rng.pick(seriesPatterns)(rng.pick(tools));
    if (names.has(name)) name = `${name} (${new Date(members[0]!.instant).getUTCFullYear()})`;
    let n = 2;
    while (names.has(name)) name = `${name.replace(/ #\d+$/, '')} #${n++}`;
    names.add(name);
    const numbered = rng.chance(0.6);
    const mainTag = rng.pick(tagVocabulary);
    members.forEach((post, k) => {
      post.series = { name, part: k + 1, ...(numbered && { order: k + 1 }) };
      post.title = `${name}, part ${k + 1}: ${post.title.charAt(0).toLowerCase()}${post.title.slice(1)}`;
      if (!post.tags.includes(mainTag)) post.tags = [mainTag, ...post.tags.slice(0, 3)];
    });
    inSeries += members.length;
  }
  for (const post of plans) if (rng.chance(0.25)) post.summary = `${sentence(rng, 12, 26)}`;
  return plans;
}

// ---------------------------------------------------------------- body

function word(rng: Rng): string {
  return rng.chance(0.38) ? rng.pick(functionWords) : rng.pick(contentWords);
}

function words(rng: Rng, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(word(rng));
  return out.join(' ');
}

function sentence(rng: Rng, min = 5, max = 24): string {
  const n = rng.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = word(rng);
    if (i > 2 && i < n - 2 && rng.chance(0.06)) w += ',';
    out.push(w);
  }
  out[0] = cap(out[0]!);
  return out.join(' ') + (rng.chance(0.08) ? '?' : '.');
}

interface BodyContext {
  rng: Rng;
  linkable: Plan[];
  footnotes: string[];
  wantFootnotes: boolean;
}

function decorated(ctx: BodyContext): string {
  const { rng } = ctx;
  const s = sentence(rng);
  if (!rng.chance(0.22)) return s;
  const parts = s.split(' ');
  if (parts.length < 6) return s;
  const at = rng.int(1, parts.length - 3);
  const len = rng.int(1, 3);
  const phrase = parts.slice(at, at + len).join(' ').replace(/[,.?]$/, '');
  let replacement: string;
  switch (rng.int(0, 6)) {
    case 0: replacement = `*${phrase}*`; break;
    case 1: replacement = `**${phrase}**`; break;
    case 2: replacement = `\`${rng.pick(nouns)}${rng.chance(0.5) ? '()' : `.${rng.pick(nouns)}`}\``; break;
    case 3: replacement = `[${phrase}](https://example.com/${rng.pick(nouns)}/${rng.pick(nouns)})`; break;
    case 4: {
      const target = ctx.linkable.length ? rng.pick(ctx.linkable) : undefined;
      replacement = target ? `[${phrase}](./${target.slug}.md)` : `_${phrase}_`;
      break;
    }
    case 5:
      if (ctx.wantFootnotes && ctx.footnotes.length < 4) {
        ctx.footnotes.push(sentence(rng, 6, 18));
        replacement = `${phrase}[^${ctx.footnotes.length}]`;
      } else replacement = `\`${phrase.replace(/\W+/g, '_')}\``;
      break;
    default: replacement = `_${phrase}_`;
  }
  return [...parts.slice(0, at), replacement, ...parts.slice(at + len)].join(' ');
}

function paragraph(ctx: BodyContext): string {
  const n = ctx.rng.int(2, 7);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(decorated(ctx));
  return out.join(' ');
}

function heading(rng: Rng): string {
  return cap(words(rng, rng.int(2, 6)).replace(/^(the|a|an) /, ''));
}

function list(ctx: BodyContext, ordered: boolean): string {
  const { rng } = ctx;
  const n = rng.chance(0.1) ? rng.int(10, 30) : rng.int(3, 7);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const item = rng.chance(0.3) ? `**${cap(words(rng, rng.int(1, 3)))}**: ${sentence(rng, 4, 14)}` : decorated(ctx);
    out.push(`${ordered ? `${i + 1}.` : '-'} ${item}`);
    if (!ordered && rng.chance(0.05)) out.push(`  - ${sentence(rng, 3, 10)}`);
  }
  return out.join('\n');
}

function blockquote(ctx: BodyContext): string {
  const lines = [sentence(ctx.rng, 8, 20), sentence(ctx.rng, 6, 16)];
  if (ctx.rng.chance(0.3)) lines.push('', `— ${ctx.rng.pick(guestAuthors)}`);
  return lines.map((l) => (l ? `> ${l}` : '>')).join('\n');
}

function table(rng: Rng): string {
  const cols = rng.int(2, 4);
  const head = Array.from({ length: cols }, () => cap(rng.pick(nouns)));
  const rows = Array.from({ length: rng.int(3, 8) }, () =>
    Array.from({ length: cols }, (_, c) => (c === 0 ? `\`${rng.pick(nouns)}\`` : rng.chance(0.5) ? `${rng.int(1, 999)} ms` : words(rng, rng.int(1, 4)))),
  );
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map((_, c) => (c > 0 && rng.chance(0.3) ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

function ident(rng: Rng): string {
  return rng.pick(nouns) + cap(rng.pick(nouns));
}

function codeBlock(rng: Rng): string {
  const lang = rng.pick(['go', 'go', 'bash', 'bash', 'yaml', 'ts', 'ts'] as const);
  const a = ident(rng);
  const b = rng.pick(nouns);
  const c = rng.pick(nouns);
  let code: string;
  switch (lang) {
    case 'go':
      code = rng.chance(0.5)
        ? `package main\n\nimport (\n\t"context"\n\t"fmt"\n\t"time"\n)\n\n// ${cap(a)} ${words(rng, 6)}.\nfunc ${a}(ctx context.Context, ${b}s []string) error {\n\tctx, cancel := context.WithTimeout(ctx, ${rng.int(1, 30)}*time.Second)\n\tdefer cancel()\n\tfor i, ${c} := range ${b}s {\n\t\tif err := ctx.Err(); err != nil {\n\t\t\treturn fmt.Errorf("${b} %d: %w", i, err)\n\t\t}\n\t\tfmt.Println(i, ${c})\n\t}\n\treturn nil\n}`
        : `type ${cap(a)} struct {\n\t${cap(b)} string \`json:"${b}"\`\n\t${cap(c)} int    \`json:"${c},omitempty"\`\n\tmu     sync.Mutex\n}\n\nfunc (x *${cap(a)}) Add(n int) int {\n\tx.mu.Lock()\n\tdefer x.mu.Unlock()\n\tx.${cap(c)} += n\n\treturn x.${cap(c)}\n}`;
      break;
    case 'bash':
      code = rng.chance(0.5)
        ? `# ${words(rng, 5)}\nkubectl get pods -n ${b} -o wide\nkubectl logs deploy/${c} --since=${rng.int(1, 59)}m | grep -i ${rng.pick(nouns)}\nkubectl rollout restart deploy/${c}`
        : `#!/usr/bin/env bash\nset -euo pipefail\n\nfor f in ./${b}/*.json; do\n  jq '.${c}' "$f" >> out.txt\ndone\ncurl -s https://example.com/${b}/${c} | jq '.items[] | .name'\ndocker run --rm -it ${b}/${c}:${rng.int(1, 9)}.${rng.int(0, 20)}`;
      break;
    case 'yaml':
      code = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${b}-${c}\n  labels:\n    app: ${b}\nspec:\n  replicas: ${rng.int(1, 9)}\n  template:\n    spec:\n      containers:\n        - name: ${c}\n          image: example.com/${b}:${rng.int(1, 9)}.${rng.int(0, 20)}\n          resources:\n            limits:\n              memory: ${rng.int(1, 16) * 64}Mi\n              cpu: ${rng.int(1, 8) * 250}m`;
      break;
    default:
      code = rng.chance(0.5)
        ? `interface ${cap(a)} {\n  ${b}: string;\n  ${c}?: number;\n}\n\nexport async function load${cap(b)}(id: string): Promise<${cap(a)}> {\n  const res = await fetch(\`/api/${b}/\${id}\`);\n  if (!res.ok) throw new Error(\`${b} \${id}: \${res.status}\`);\n  return (await res.json()) as ${cap(a)};\n}`
        : `const ${a} = new Map<string, number>();\n\nfor (const ${b} of ${c}List) {\n  // ${words(rng, 6)}\n  ${a}.set(${b}.id, (${a}.get(${b}.id) ?? 0) + 1);\n}\n\nconsole.log([...${a}].sort((x, y) => y[1] - x[1]).slice(0, ${rng.int(3, 20)}));`;
  }
  return `\`\`\`${lang}\n${code}\n\`\`\``;
}

function body(plan: Plan, plans: Plan[], seed: number): string {
  const rng = new Rng(mix(seed, plan.index + 1));
  // Links go to earlier published posts only (they exist and are not drafts).
  const linkable: Plan[] = [];
  if (plan.index > 0 && rng.chance(0.3)) {
    for (let k = rng.int(1, 3); k > 0; k--) {
      const target = plans[rng.int(Math.max(0, plan.index - 2000), plan.index - 1)]!;
      if (!target.draft) linkable.push(target);
    }
  }
  const ctx: BodyContext = { rng, linkable, footnotes: [], wantFootnotes: rng.chance(0.15) };
  const blocks: string[] = [];
  let size = 0;
  const add = (block: string) => {
    blocks.push(block);
    size += block.length + 2;
  };

  if (plan.author && rng.chance(0.7)) add(`*A guest post from ${plan.author}.*`);
  add(paragraph(ctx));
  if (rng.chance(0.5)) add(paragraph(ctx));
  if (rng.chance(0.2)) add('<!-- more -->');

  let codeBlocks = 0;
  const target = plan.targetBytes - 200;
  while (size < target) {
    add(`## ${heading(rng)}`);
    const sectionBlocks = rng.int(2, 6);
    for (let b = 0; b < sectionBlocks && size < target; b++) {
      const r = rng.next();
      if (plan.hasCode && (codeBlocks === 0 ? r < 0.3 : r < 0.1)) {
        add(codeBlock(rng));
        codeBlocks++;
      } else if (r < 0.55) add(paragraph(ctx));
      else if (r < 0.67) add(list(ctx, false));
      else if (r < 0.74) add(list(ctx, true));
      else if (r < 0.84) {
        add(`### ${heading(rng)}`);
        add(paragraph(ctx));
      } else if (r < 0.89) add(blockquote(ctx));
      else if (r < 0.92) add(table(rng));
      else add(paragraph(ctx));
    }
  }
  if (plan.hasCode && codeBlocks === 0) add(codeBlock(rng));
  if (ctx.footnotes.length) add(ctx.footnotes.map((f, i) => `[^${i + 1}]: ${f}`).join('\n'));
  return blocks.join('\n\n') + '\n';
}

function frontMatter(plan: Plan, rng: Rng): string {
  const lines = ['---', `title: ${JSON.stringify(plan.title)}`, `date: ${plan.date}`];
  if (plan.updated) lines.push(`updated: ${plan.updated}`);
  if (plan.summary) lines.push(`summary: ${JSON.stringify(plan.summary)}`);
  if (plan.author) lines.push(`author: ${plan.author}`);
  if (rng.chance(0.2)) lines.push('tags:', ...plan.tags.map((t) => `  - ${yamlScalar(t)}`));
  else lines.push(`tags: [${plan.tags.map(yamlScalar).join(', ')}]`);
  if (plan.series) {
    lines.push(`series: ${yamlScalar(plan.series.name)}`);
    if (plan.series.order !== undefined) lines.push(`seriesOrder: ${plan.series.order}`);
  }
  if (plan.draft) lines.push('draft: true');
  lines.push('---', '');
  return lines.join('\n');
}

/** Every post, in index order (oldest first, roughly). Pure: same count and seed, same output. */
export function* generatePostSources(count: number, seed = 1, endDate = defaultEndDate): Generator<GeneratedPost> {
  const plans = planPosts(count, seed, endDate);
  for (const plan of plans) {
    const fmRng = new Rng(mix(seed ^ 0xf00d, plan.index));
    yield {
      slug: plan.slug,
      source: `${frontMatter(plan, fmRng)}\n${body(plan, plans, seed)}`,
      draft: plan.draft,
      hasCode: plan.hasCode,
    };
  }
}

/** Writes the posts as `<slug>.md` into `outDir` (its old `.md` files are removed first). */
export async function generatePosts({ count, outDir, seed = 1, endDate = defaultEndDate }: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  await mkdir(outDir, { recursive: true });
  const old = (await readdir(outDir)).filter((f) => f.endsWith('.md'));
  await Promise.all(old.map((f) => rm(path.join(outDir, f), { force: true })));
  const result: GenerateResult = { outDir, count, seed, bytes: 0, drafts: 0, withCode: 0, series: 0, ms: 0 };
  const seriesNames = new Set<string>();
  let pending: Promise<void>[] = [];
  for (const post of generatePostSources(count, seed, endDate)) {
    result.bytes += Buffer.byteLength(post.source);
    if (post.draft) result.drafts++;
    if (post.hasCode) result.withCode++;
    const series = /^series: (.*)$/m.exec(post.source.slice(0, 2000));
    if (series) seriesNames.add(series[1]!);
    pending.push(writeFile(path.join(outDir, `${post.slug}.md`), post.source));
    if (pending.length >= 64) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
  result.series = seriesNames.size;
  result.ms = Math.round(performance.now() - started);
  return result;
}

function parseArgs(argv: string[]): { count: number; out: string; seed: number; endDate: string } {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i === -1 ? undefined : argv[i + 1];
  };
  const count = Number(get('count') ?? 10000);
  const seed = Number(get('seed') ?? 1);
  if (!Number.isInteger(count) || count < 1) throw new Error('--count must be a positive integer');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  return { count, seed, endDate: get('end-date') ?? defaultEndDate, out: get('out') ?? `bench/.work/posts-${count}` };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const { count, out, seed, endDate } = parseArgs(process.argv.slice(2));
  const r = await generatePosts({ count, outDir: path.resolve(out), seed, endDate });
  console.log(
    `Wrote ${r.count} posts (${(r.bytes / 1e6).toFixed(1)} MB, average ${(r.bytes / r.count / 1024).toFixed(1)} KB; ` +
      `${r.withCode} with code, ${r.series} series, ${r.drafts} drafts) to ${path.relative(process.cwd(), out) || out} in ${(r.ms / 1000).toFixed(1)} s`,
  );
}
