/** Checks parsed front matter against the post schema, with positions and fixes. */
import { frontMatterFields, frontMatterSchema, type FrontMatter } from '../schema/post.ts';
import type { ParsedFrontMatter, Position } from './front-matter.ts';

export interface FieldProblem {
  position: Position;
  severity: 'error' | 'warning';
  message: string;
  /** For warnings many posts share (see Diagnostic.group). */
  group?: { what: string; fix: string };
}

/** Fields other generators use for what Quire calls otherwise. */
const otherNames: Record<string, keyof FrontMatter> = {
  description: 'summary',
  excerpt: 'summary',
  categories: 'tags',
  category: 'tags',
  authors: 'author',
  lastmod: 'updated',
  image: 'cover',
};

const examples: Record<string, string> = {
  title: 'title: "My post"',
  date: 'date: 2024-05-01',
};

export function validateFrontMatter(parsed: ParsedFrontMatter): {
  frontMatter?: FrontMatter;
  problems: FieldProblem[];
} {
  const problems: FieldProblem[] = [];
  const where = (key: string): Position => parsed.keyPositions.get(key) ?? { line: 1, column: 1 };

  for (const key of Object.keys(parsed.data)) {
    if ((frontMatterFields as string[]).includes(key)) continue;
    const known = `known fields: ${frontMatterFields.join(', ')}`;
    const rename = Object.hasOwn(otherNames, key) ? otherNames[key] : undefined;
    const guess = rename ? undefined : closest(key, frontMatterFields);
    const what = `unknown field "${key}"`;
    const fix = rename
      ? `use "${rename}" (${known})`
      : guess
        ? `did you mean "${guess}"? (${known})`
        : `it is ignored (${known})`;
    problems.push({
      position: where(key),
      severity: 'warning',
      message: rename || guess ? `${what}: ${fix}` : `${what} (${known})`,
      group: { what, fix },
    });
  }

  const result = frontMatterSchema.safeParse(parsed.data);
  if (result.success) return { frontMatter: result.data, problems };
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '');
    const missing = !(key in parsed.data);
    problems.push(
      missing && key
        ? {
            position: { line: 1, column: 1 },
            severity: 'error',
            message: `missing required field "${key}": add a line such as ${examples[key] ?? `${key}: …`}`,
          }
        : {
            position: parsed.positionOf(issue.path) ?? where(key),
            severity: 'error',
            message: `"${issue.path.join('.')}" ${issue.message}`,
          },
    );
  }
  return { problems };
}

/** The known name nearest to a typo, if it is near enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}
