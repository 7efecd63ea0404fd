import type { Element } from 'hast';

/** The language a `pre > code` block names (`language-go`), lower-cased. */
export function codeLanguage(node: Element): string | undefined {
  const classes = node.properties.className;
  return (Array.isArray(classes) ? classes : [])
    .find((name): name is string => typeof name === 'string' && name.startsWith('language-'))
    ?.slice('language-'.length)
    .toLowerCase();
}
