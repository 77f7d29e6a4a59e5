/**
 * The Content-Security-Policy headers. Information pages are static and cached, so their inline
 * bootstrap scripts cannot carry a per-request nonce: they keep 'unsafe-inline' (no page renders
 * user input as HTML). Staff pages, which show personal data, render per request and get a nonce and
 * 'strict-dynamic' instead: an injected inline script would not run there.
 */
const common = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
];

export function publicContentSecurityPolicy(isDev: boolean): string {
  return [`script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`, ...common].join("; ");
}

export function staffContentSecurityPolicy(nonce: string, isDev: boolean): string {
  return [
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    ...common,
  ].join("; ");
}
