/** A problem found in a post, reported as `file:line:column: message`. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const tag = d.severity === 'warning' ? 'warning: ' : '';
  return `${d.file}:${d.line}:${d.column}: ${tag}${d.message}`;
}

export function formatDiagnostics(list: Diagnostic[]): string {
  return [...list]
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)
    .map(formatDiagnostic)
    .join('\n');
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
