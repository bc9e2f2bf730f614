import type { Plugin } from 'vite';

// The production page may only talk to its own origin: a second line of defence behind the offline DuckDB
// settings, so neither the app nor an analyst's SQL can reach another host.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'", // apache-arrow compiles accessors with new Function
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "img-src 'self' data: blob:",
  "font-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Adds the CSP as a <meta> tag to the built index.html (not in dev, where Vite injects inline scripts). */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'fazhi-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}
