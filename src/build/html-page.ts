/**
 * Fills Vite's built index.html with one page: its head, its prerendered markup, the
 * data the app hydrates from, preloads for what the page needs next, and the CSP.
 */
import { createHash } from 'node:crypto';
import type { BootData } from '../app/boot-data.ts';
import { elementIds } from '../lib/element-ids.ts';
import { escapeHtml, jsonForScript } from '../lib/escape.ts';

export interface PageParts {
  head: string;
  html: string;
  boot: BootData;
  /** URLs to `<link rel=modulepreload>`. */
  modules: string[];
}

const hashesOf = (template: string, element: RegExp) =>
  [...template.matchAll(element)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);

/** Hashes of the template's inline scripts (only the theme script), for the CSP. */
export const inlineScriptHashes = (template: string): string[] => hashesOf(template, /<script>([\s\S]*?)<\/script>/g);

/** Hashes of the template's `<style>` elements (the inlined stylesheet), for the CSP. */
export const inlineStyleHashes = (template: string): string[] => hashesOf(template, /<style>([\s\S]*?)<\/style>/g);

/**
 * The template with its stylesheet inlined: a page is then one response, and its first
 * paint waits for no second request (docs/decisions/0014-inline-stylesheet.md).
 */
export function inlineStylesheets(template: string, read: (href: string) => string): string {
  return template.replace(
    /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g,
    (_, href: string) => `<style>${read(href)}</style>`,
  );
}

export function contentSecurityPolicy(template: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes(template).join(' ')}`,
    `style-src 'self' ${inlineStyleHashes(template).join(' ')}`,
    "img-src 'self' https: data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The app's code as Vite writes it into the template's head: its module script and modulepreloads. */
const codeTags = /[ \t]*(?:<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>)\n?/g;

export function renderHtmlPage(template: string, parts: PageParts, csp: string): string {
  // The page is readable from its HTML and CSS alone. Code and data come after the content,
  // at low priority: discovered in the head, they would be requested before the stylesheet
  // and share the connection with it and with the rest of the page.
  const code = [
    ...(template.match(codeTags) ?? []).map((tag) =>
      tag.trim().replace(/^<(script type="module"|link rel="modulepreload")/, '<$1 fetchpriority="low"'),
    ),
    ...parts.modules.map((href) => `<link rel="modulepreload" fetchpriority="low" crossorigin href="${escapeHtml(href)}">`),
  ];
  const head = [`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`, parts.head].join('\n    ');
  const boot = `<script type="application/json" id="${elementIds.boot}">${jsonForScript(parts.boot)}</script>`;
  return template
    .replace(codeTags, '')
    .replace('<!--quire:head-->', () => head)
    .replace('<!--quire:html-->', () => parts.html)
    .replace('<!--quire:boot-->', () => [boot, ...code].join('\n    '));
}

/** A page without the app (the offline page): the template's head, styles and theme script, and `html`. */
export function renderStaticPage(template: string, head: string, html: string, csp: string): string {
  return template
    .replace(codeTags, '')
    .replace('<!--quire:head-->', () =>
      [`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`, head].join('\n    '),
    )
    .replace('<!--quire:html-->', () => html)
    .replace(/[ \t]*<!--quire:boot-->\n?/, '');
}
