/** One Markdown file → a validated post with its derived fields, or its problems. */
import type { FrontMatter } from '../schema/post.ts';
import { postSlugPattern } from '../lib/slug.ts';
import { parseMarkdown } from '../markdown/parse-markdown.ts';
import { countWords, deriveSummary, readingMinutes } from './derive.ts';
import type { Diagnostic } from './diagnostics.ts';
import { parseFrontMatter } from './front-matter.ts';
import { validateFrontMatter } from './validate-front-matter.ts';

export interface LoadedPost {
  slug: string;
  /** Path shown in messages, e.g. `public/posts/lets-go.md`. */
  file: string;
  frontMatter: FrontMatter;
  /** Line of each front matter key, for later cross-post checks. */
  lines: Map<string, number>;
  summary: string;
  words: number;
  readingMinutes: number;
}

export function loadPost(file: string, source: string): { post?: LoadedPost; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = (line: number, column: number, severity: Diagnostic['severity'], message: string) =>
    diagnostics.push({ file, line, column, severity, message });

  const name = file.split('/').pop()!.replace(/\.md$/, '');
  if (!postSlugPattern.test(name)) {
    const suggestion = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    report(1, 1, 'error', `file name "${name}.md" is not a valid slug: use lowercase letters, digits and hyphens${suggestion ? `, e.g. "${suggestion}.md"` : ''}`);
  }

  const parsed = parseFrontMatter(source);
  for (const p of parsed.problems) report(p.position.line, p.position.column, 'error', p.message);
  if (parsed.problems.length) return { diagnostics };

  const checked = validateFrontMatter(parsed);
  for (const p of checked.problems) report(p.position.line, p.position.column, p.severity, p.message);
  if (!checked.frontMatter || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };

  const tree = parseMarkdown(source);
  const words = countWords(tree);
  const lines = new Map([...parsed.keyPositions].map(([key, pos]) => [key, pos.line]));
  return {
    post: {
      slug: name,
      file,
      frontMatter: checked.frontMatter,
      lines,
      summary: checked.frontMatter.summary ?? deriveSummary(tree),
      words,
      readingMinutes: readingMinutes(words),
    },
    diagnostics,
  };
}
