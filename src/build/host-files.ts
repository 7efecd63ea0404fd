/**
 * Header rules for hosts that read a `_headers` file (Netlify, Cloudflare Pages): the
 * CSP, and caching: hashed assets and per-build data forever. Everything else keeps the
 * hosts' default (revalidate on every visit); a Cache-Control on `/*` would be merged into
 * the asset rules, since both hosts combine every matching rule.
 */
export function headersFile(base: string, csp: string): string {
  return `${base}*
  Content-Security-Policy: ${csp}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin

${base}assets/*
  Cache-Control: public, max-age=31536000, immutable

${base}data/*
  Cache-Control: public, max-age=31536000, immutable
`;
}
