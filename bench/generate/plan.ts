/** The plan of every generated post: its front matter, size and whether it has code. */
import { sentence } from './blocks.ts';
import { mix, Rng } from './rng.ts';
import {
  adjectives,
  article,
  asciiSlug,
  cap,
  guestAuthors,
  nouns,
  offsets,
  plural,
  tagVocabulary,
  tools,
  verbs,
} from './vocabulary.ts';

export interface Plan {
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
    case 0:
      return `How I ${v()} the ${n()} with ${t()}`;
    case 1:
      return `Why ${a()} ${ns()} matter`;
    case 2: {
      const x = t();
      const y = rng.pick(tools.filter((tool) => tool !== x));
      return `${x} vs ${y}: ${a()} ${ns()}`;
    }
    case 3:
      return `${cap(article(a()))} guide to ${t()} ${ns()}`;
    case 4:
      return `Notes on ${a()} ${ns()}`;
    case 5:
      return `Debugging ${article(a())} ${n()} in ${t()}`;
    case 6:
      return `What ${rng.int(2, 12)} years of ${ns()} taught me`;
    case 7:
      return `The ${n()} that would not ${v()}`;
    case 8:
      return `${cap(v())}, ${v()}, ${v()}: ${article(n())} story`;
    case 9:
      return `On ${ns()} and ${ns()}`;
    case 10:
      return `"${cap(a())} by default": ${t()} ${ns()}`;
    default:
      return `${cap(a())} ${ns()} in ${t()}, and the ${n()}`;
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

export function planPosts(count: number, seed: number, endDate: string): Plan[] {
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

  addSeries(plans, rng);
  for (const post of plans) if (rng.chance(0.25)) post.summary = `${sentence(rng, 12, 26)}`;
  return plans;
}

/** Series: ~10% of posts, 3–12 parts each, parts spread over following posts. */
function addSeries(plans: Plan[], rng: Rng): void {
  const count = plans.length;
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
}
