/**
 * Header rules for hosts that read a `_headers` file (Netlify, Cloudflare Pages): the
 * CSP, and caching: hashed assets forever. Everything else, the data included (its
 * folder keeps its name from one deploy of new posts to the next), keeps the hosts'
 * default: revalidate on every visit. A Cache-Control on `/*` would be merged into the
 * asset rule, since both hosts combine every matching rule.
 */
export function headersFile(base: string, csp: string): string {
  return `${base}*
  Content-Security-Policy: ${csp}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin

${base}assets/*
  Cache-Control: public, max-age=31536000, immutable
`;
}
