/** Which generator a source folder was written for, and the settings the importer needs from its config. */
import { parse as parseToml } from 'smol-toml';
import { parseDocument } from 'yaml';
import type { SourceTree } from './source-tree.ts';

export type SourceKind = 'hugo' | 'jekyll' | 'zola' | 'markdown';
export const sourceKinds: SourceKind[] = ['hugo', 'jekyll', 'zola', 'markdown'];

export interface SourceConfig {
  kind: SourceKind;
  /** The config file read, if any. */
  file?: string;
  /** Time zone for dates written without an offset (Hugo `timeZone`, Jekyll `timezone`). */
  timeZone?: string;
  /** Hugo `[permalinks]` (section → pattern); Jekyll's `permalink` under the key `*`. */
  permalinks: Record<string, string>;
  /** The old site's address (Hugo `baseURL`, Jekyll `url` + `baseurl`, Zola `base_url`), for links written in full. */
  siteUrl?: string;
  /** Hugo `[frontmatter] date` lists `:filename`: a file name's leading date is the post's date, and not in its URL. */
  dateFromFileName?: boolean;
  /** Jekyll `excerpt_separator`. */
  excerptSeparator?: string;
  problems: string[];
}

const hugoConfigs = [
  'hugo.toml',
  'hugo.yaml',
  'hugo.yml',
  'hugo.json',
  'config.toml',
  'config.yaml',
  'config.yml',
  'config.json',
  'config/_default/hugo.toml',
  'config/_default/config.toml',
  'config/_default/hugo.yaml',
  'config/_default/config.yaml',
];

export function detectKind(tree: SourceTree): SourceKind {
  const has = (file: string) => tree.files.includes(file);
  const under = (dir: string) => tree.files.some((f) => f.startsWith(`${dir}/`));
  if ((has('_config.yml') || has('_config.yaml')) && under('_posts')) return 'jekyll';
  if (has('config.toml') && under('content') && /^\s*base_url\s*=/m.test(tree.read('config.toml'))) return 'zola';
  if (hugoConfigs.some(has) && under('content')) return 'hugo';
  return 'markdown';
}

/**
 * YAML as Jekyll reads it: Ruby's parser takes a `#` right after a value (`subtitle: ""# tagline`)
 * as a comment, where the YAML spec wants a space first, and a key written twice as its
 * last value; any other error stands.
 */
function parseLenientYaml(text: string): unknown {
  const doc = parseDocument(text, { version: '1.2', uniqueKeys: false });
  const error = doc.errors.find((e) => !(e.code === 'MISSING_CHAR' && e.message.startsWith('Comments must be separated')));
  if (error) throw error;
  return doc.toJS();
}

function parseConfig(file: string, text: string): Record<string, unknown> {
  const data: unknown = file.endsWith('.toml')
    ? parseToml(text)
    : file.endsWith('.json')
      ? JSON.parse(text)
      : parseLenientYaml(text);
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export function readConfig(tree: SourceTree, kind: SourceKind): SourceConfig {
  const config: SourceConfig = { kind, permalinks: {}, problems: [] };
  const candidates =
    kind === 'jekyll' ? ['_config.yml', '_config.yaml'] : kind === 'zola' ? ['config.toml'] : kind === 'hugo' ? hugoConfigs : [];
  const file = candidates.find((f) => tree.files.includes(f));
  if (!file) return config;
  config.file = file;
  let data: Record<string, unknown>;
  try {
    data = parseConfig(file, tree.read(file));
  } catch (error) {
    config.problems.push(
      `${file}: could not be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); its settings are not used`,
    );
    return config;
  }
  config.siteUrl =
    kind === 'hugo'
      ? (text(data.baseURL) ?? text(data.baseurl))
      : kind === 'zola'
        ? text(data.base_url)
        : text(data.url) && `${text(data.url)}${text(data.baseurl) ?? ''}`;
  if (kind === 'hugo') {
    config.timeZone = text(data.timeZone) ?? text(data.timezone);
    const frontmatter = data.frontmatter ?? data.frontMatter;
    const dates = frontmatter && typeof frontmatter === 'object' ? (frontmatter as Record<string, unknown>).date : undefined;
    config.dateFromFileName = [dates].flat().some((handler) => String(handler).toLowerCase() === ':filename');
    const permalinks = data.permalinks;
    if (permalinks && typeof permalinks === 'object') {
      // Hugo 0.120+ nests them under `page`; earlier versions map sections directly.
      const pages = (permalinks as Record<string, unknown>).page;
      const map = (pages && typeof pages === 'object' ? pages : permalinks) as Record<string, unknown>;
      for (const [section, pattern] of Object.entries(map)) if (typeof pattern === 'string') config.permalinks[section] = pattern;
    }
  }
  if (kind === 'jekyll') {
    config.timeZone = text(data.timezone);
    config.permalinks['*'] = text(data.permalink) ?? 'date';
    config.excerptSeparator = text(data.excerpt_separator);
  }
  return config;
}
