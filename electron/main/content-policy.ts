// The interface's Content-Security-Policy, sent as a response header by the app:// protocol and
// the development web bridge. index.html carries the same policy in a meta tag, but a meta tag
// cannot forbid framing (frame-ancestors), so the header is the one that counts. No electron
// import: the web bridge uses it under plain Node.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every interface response carries. */
export const INTERFACE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
};
