/**
 * Puts a strict Content-Security-Policy into the built index.html (not in `npm run dev`, whose client injects inline
 * scripts): only the app's own scripts, styles, images and connections; no inline script or style, no eval, no
 * plugins. frame-ancestors cannot be set in a meta tag: the server sends it (README, "Embedding").
 */
import type { Plugin } from 'vite';

/** The policy, one directive a line in the README too. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'hz-benefits-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}
