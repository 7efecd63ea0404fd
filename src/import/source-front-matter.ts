/** The front matter of a source post, YAML (`---`) or TOML (`+++`), as plain data. */
import { parse as parseToml, TomlDate } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

export interface SourceFrontMatter {
  data: Record<string, unknown>;
  format: 'yaml' | 'toml' | 'none';
  body: string;
  /** 1-based line of the source file on which the body starts. */
  bodyLine: number;
  /** A front matter that could not be read. */
  error?: { line: number; message: string };
}

/**
 * TOML dates become the text they were written as (a local date-time stays without an
 * offset, so the importer reads it in the site's time zone).
 */
function plain(value: unknown): unknown {
  if (value instanceof TomlDate) {
    const iso = value.toISOString();
    return value.isLocal() && value.isDateTime() ? iso.replace(/Z$/, '').replace(/\.000$/, '') : iso.replace('.000Z', 'Z');
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

export function splitFrontMatter(source: string): SourceFrontMatter {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const first = lines[0]?.trim();
  const fence = first === '---' ? '---' : first === '+++' ? '+++' : undefined;
  if (!fence) return { data: {}, format: 'none', body: text, bodyLine: 1 };
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === fence);
  if (end < 0)
    return {
      data: {},
      format: 'none',
      body: text,
      bodyLine: 1,
      error: { line: 1, message: `front matter opened with "${fence}" is never closed` },
    };
  const raw = lines.slice(1, end).join('\n');
  const body = lines.slice(end + 1).join('\n');
  const format = fence === '---' ? 'yaml' : 'toml';
  try {
    // YAML 1.1 would read `date: 2020-05-01 10:00:00` as a Date in UTC; 1.2 keeps the text.
    const parsed: unknown = format === 'yaml' ? parseYaml(raw, { version: '1.2' }) : parseToml(raw);
    const data = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (plain(parsed) as Record<string, unknown>) : {};
    return { data, format, body, bodyLine: end + 2 };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    const line = error && typeof error === 'object' && 'line' in error && typeof error.line === 'number' ? error.line + 1 : 1;
    return {
      data: {},
      format,
      body,
      bodyLine: end + 2,
      error: { line, message: `front matter is not valid ${format.toUpperCase()}: ${message}` },
    };
  }
}
