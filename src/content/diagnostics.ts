/** A problem found in a post, reported as `file:line:column: message`. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
  /**
   * A warning that many posts may share (an unknown field, a shortcode): reported once
   * for all of them, counted, with the first few places, as `<what> in N posts (first: …): <fix>`.
   */
  group?: { what: string; fix: string };
}

/** How many places a grouped warning names. */
const firstPlaces = 3;

export function formatDiagnostic(d: Diagnostic): string {
  const tag = d.severity === 'warning' ? 'warning: ' : '';
  return `${d.file}:${d.line}:${d.column}: ${tag}${d.message}`;
}

const byPlace = (a: Diagnostic, b: Diagnostic) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;

/**
 * Errors, and warnings of a kind only one post has, one per line at their place; the
 * warnings of a kind several posts share, one line per kind (the most common first).
 */
export function formatDiagnostics(list: Diagnostic[]): string {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of list) {
    if (d.severity !== 'warning' || !d.group) continue;
    const key = `${d.group.what}\n${d.group.fix}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const shared = [...groups.values()].filter((g) => new Set(g.map((d) => d.file)).size > 1);
  const grouped = new Set(shared.flat());
  const single = list
    .filter((d) => !grouped.has(d))
    .sort(byPlace)
    .map(formatDiagnostic);
  const summaries = shared
    .map((g) => g.sort(byPlace))
    .sort((a, b) => b.length - a.length || a[0]!.group!.what.localeCompare(b[0]!.group!.what))
    .map((g) => {
      const posts = new Set(g.map((d) => d.file)).size;
      const places = [...new Set(g.map((d) => `${d.file}:${d.line}`))].slice(0, firstPlaces);
      const times = g.length > posts ? `${g.length} times ` : '';
      return `warning: ${g[0]!.group!.what} ${times}in ${posts} posts (first: ${places.join(', ')}): ${g[0]!.group!.fix}`;
    });
  return [...single, ...summaries].join('\n');
}

/** Thrown by the build when any post has an error; carries every problem at once. */
export class ContentError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    super(
      `${count(errors, 'error')}${warnings ? ` and ${count(warnings, 'warning')}` : ''} in the posts:\n${formatDiagnostics(diagnostics)}`,
    );
    this.name = 'ContentError';
  }
}
