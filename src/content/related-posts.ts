/**
 * "Related posts" for every post, chosen at build time: the posts that share the most
 * (and the rarest) tags with it, or its series. A tag's weight is its inverse document
 * frequency, so a tag on two posts says more than one on half the blog; the series counts
 * as one more such tag. Title and summary words only break ties. Never the post itself or
 * a draft; only posts sharing a tag or the series, so a post may get fewer than the most.
 */
import type { PostSummary } from '../schema/post.ts';

export const maxRelated = 5;

/** Related posts for each post of the blog (newest first), by slug. */
export type RelatedPosts = (posts: PostSummary[]) => Map<string, PostSummary[]>;

/** Lowercase words of three letters or more, minus a few that say nothing. */
const stopWords = new Set([
  'the',
  'and',
  'for',
  'with',
  'that',
  'this',
  'from',
  'are',
  'was',
  'you',
  'your',
  'how',
  'what',
  'why',
  'day',
  'part',
]);
export function terms(text: string): Set<string> {
  const words =
    text
      .toLowerCase()
      .normalize('NFKD')
      .match(/\p{L}[\p{L}\p{N}]{2,}/gu) ?? [];
  return new Set(words.filter((w) => !stopWords.has(w)));
}

/** The max-th highest score among `touched` (the lowest if fewer): one pass, no sort. */
function nthBest(touched: number[], scores: Float64Array, max: number): number {
  const best: number[] = [];
  for (const i of touched) {
    const score = scores[i]!;
    if (best.length === max && score <= best[max - 1]!) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]! < score) at--;
    best.splice(at, 0, score);
    if (best.length > max) best.pop();
  }
  return best.at(-1) ?? Infinity;
}

/** The first `max` of `items` in the order `before` gives, without sorting them all. */
function firstOf(items: number[], max: number, before: (a: number, b: number) => boolean): number[] {
  const best: number[] = [];
  for (const i of items) {
    if (best.length === max && !before(i, best[max - 1]!)) continue;
    let at = best.length;
    while (at > 0 && before(i, best[at - 1]!)) at--;
    best.splice(at, 0, i);
    if (best.length > max) best.pop();
  }
  return best;
}

/**
 * Related posts for each post (by slug), best first. `posts` is the blog, newest first;
 * ties that words cannot break go to the newer post.
 */
export function relatedPosts(posts: PostSummary[], max = maxRelated): Map<string, PostSummary[]> {
  const eligible = posts.filter((p) => !p.draft);
  const n = eligible.length;
  // Features: tags by slug, and the series under a key no tag slug can have.
  const byFeature = new Map<string, number[]>();
  const featuresOf = eligible.map((post, i) => {
    const features = [
      ...new Set([...post.tags.map((t) => `tag:${t.slug}`), ...(post.series ? [`series:${post.series.slug}`] : [])]),
    ];
    for (const f of features) {
      const list = byFeature.get(f);
      if (list) list.push(i);
      else byFeature.set(f, [i]);
    }
    return features;
  });
  const weight = new Map([...byFeature].map(([f, list]) => [f, Math.log(1 + n / list.length)]));
  // Title and summary words as numbers: thousands of posts can tie on their tags, and
  // counting shared words is then the inner loop.
  const wordIds = new Map<string, number>();
  const words: Int32Array[] = [];
  const wordsOf = (i: number) =>
    (words[i] ??= Int32Array.from(terms(`${eligible[i]!.title} ${eligible[i]!.summary}`), (w) => {
      let id = wordIds.get(w);
      if (id === undefined) wordIds.set(w, (id = wordIds.size));
      return id;
    }));
  let mine = new Uint8Array(0);

  const scores = new Float64Array(n);
  const shared = new Uint32Array(n);
  // Higher score, then more shared words, then the newer post (the lower index).
  const before = (a: number, b: number) => {
    const d = scores[a]! - scores[b]!;
    if (Math.abs(d) > 1e-9) return d > 0;
    return shared[a] !== shared[b] ? shared[a]! > shared[b]! : a < b;
  };
  const result = new Map<string, PostSummary[]>();
  eligible.forEach((post, self) => {
    const touched: number[] = [];
    for (const f of featuresOf[self]!) {
      const w = weight.get(f)!;
      for (const other of byFeature.get(f)!) {
        if (other === self) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += w;
      }
    }
    // Only candidates scoring at least the max-th best score can make the list; words
    // count only when more of them than that tie.
    const threshold = nthBest(touched, scores, max) - 1e-9;
    const candidates = touched.filter((i) => scores[i]! >= threshold);
    if (candidates.length > max) {
      const own = wordsOf(self);
      for (const i of candidates) wordsOf(i);
      if (mine.length < wordIds.size) mine = new Uint8Array(wordIds.size * 2);
      for (const w of own) mine[w] = 1;
      for (const i of candidates) for (const w of words[i]!) shared[i]! += mine[w]!;
      for (const w of own) mine[w] = 0;
    }
    result.set(
      post.slug,
      firstOf(candidates, max, before).map((i) => eligible[i]!),
    );
    for (const i of touched) scores[i] = shared[i] = 0;
  });
  return result;
}
