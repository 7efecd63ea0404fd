/**
 * Splits a post into YAML front matter and Markdown body, and parses the YAML with
 * positions so every problem points at the file's own line and column.
 */
import { LineCounter, parseDocument, isMap, isScalar, visit, type Pair } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedFrontMatter {
  data: Record<string, unknown>;
  /** Where each top-level key stands, for messages about the field. */
  keyPositions: Map<string, Position>;
  /** Where the value at a path (e.g. `['tags', 1]`) starts, for messages about that value. */
  positionOf: (path: readonly PropertyKey[]) => Position | undefined;
  problems: { position: Position; message: string }[];
  /** 1-based line on which the Markdown body starts. */
  bodyLine: number;
  body: string;
}

const fence = /^---[ \t]*$/;

/** How to fix the YAML mistakes authors make most, by the parser's error code. */
const yamlFixes: Record<string, string> = {
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  DUPLICATE_KEY: 'each field may appear once; remove one of them',
  MISSING_CHAR: 'close the quote or bracket opened on this line or one above it',
  BAD_INDENT: 'start every field at the beginning of its line, and indent list items under it',
  MULTILINE_IMPLICIT_KEY: 'write each field on one line as "name: value"; quote values that contain ": "',
  BLOCK_AS_IMPLICIT_KEY: 'write each field on one line as "name: value"; quote values that contain ": "',
  default: 'write each field as "name: value", and quote values that contain ": " or start with a special character',
};

export function parseFrontMatter(source: string): ParsedFrontMatter {
  const text = source.replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  const empty = { data: {}, keyPositions: new Map<string, Position>(), positionOf: () => undefined };
  // The renderer (micromark) reads front matter only from a fence at the very start of
  // the file: an indented one would show as a heading there, so it is an error here.
  const indent = /^([ \t]+)---[ \t]*$/.exec(lines[0] ?? '');
  if (indent) {
    return {
      ...empty,
      problems: [
        {
          position: { line: 1, column: indent[1]!.length + 1 },
          message: 'the front matter\'s first "---" must start at the beginning of line 1: remove the spaces or tabs before it',
        },
      ],
      bodyLine: 1,
      body: text,
    };
  }
  if (lines[0]?.trim() !== '---') {
    return {
      ...empty,
      problems: [
        {
          position: { line: 1, column: 1 },
          message: 'missing front matter: start the file with a line "---", then "title:" and "date:", then "---"',
        },
      ],
      bodyLine: 1,
      body: text,
    };
  }
  const close = lines.findIndex((line, i) => i > 0 && fence.test(line));
  if (close === -1) {
    return {
      ...empty,
      problems: [
        {
          position: { line: 1, column: 1 },
          message: 'front matter is not closed: add a line "---" after the last field',
        },
      ],
      bodyLine: lines.length + 1,
      body: '',
    };
  }
  const yamlText = lines.slice(1, close).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  // Lines of the YAML text start on line 2 of the file.
  const at = (offset: number): Position => {
    const p = counter.linePos(offset);
    return { line: p.line + 1, column: p.col };
  };
  const problems = [...doc.errors, ...doc.warnings].map((e) => ({
    position: at(e.pos[0]),
    message: `invalid YAML: ${e.message.split('\n')[0]}: ${yamlFixes[e.code] ?? yamlFixes.default}`,
  }));
  const keyPositions = new Map<string, Position>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items as Pair[]) {
      if (isScalar(pair.key) && pair.key.range) keyPositions.set(String(pair.key.value), at(pair.key.range[0]));
    }
  }
  // The deepest node that exists along the path: an item of a list, else the whole value.
  const positionOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return at(node.range[0]);
    }
    return undefined;
  };
  let value: unknown = {};
  if (!problems.length) {
    try {
      value = doc.toJS({ maxAliasCount: 50 });
    } catch (error) {
      // Unresolved or exploding aliases (`*name`): point at the first alias.
      let alias: Position = { line: 2, column: 1 };
      visit(doc, {
        Alias(_, node) {
          if (node.range) alias = at(node.range[0]);
          return visit.BREAK;
        },
      });
      problems.push({
        position: alias,
        message: `invalid YAML: ${(error as Error).message.split('\n')[0]} (write the value itself instead of an alias)`,
      });
    }
  }
  if (!problems.length && (value === null || typeof value !== 'object' || Array.isArray(value))) {
    problems.push({
      position: { line: 2, column: 1 },
      message: 'front matter must be "field: value" lines, e.g. title: My post',
    });
  }
  return {
    data: problems.length ? {} : (value as Record<string, unknown>),
    keyPositions,
    positionOf,
    problems,
    bodyLine: close + 2,
    body: lines.slice(close + 1).join('\n'),
  };
}
