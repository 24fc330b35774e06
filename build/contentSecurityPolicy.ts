// The production page's Content Security Policy, with the hashes of the page's own inline scripts: used by
// vite.config.ts to write the policy into the built page, and by the tests that hold the page to it.
import { createHash } from 'node:crypto';

/**
 * The production page's Content Security Policy. MapLibre needs its worker from our origin, images from
 * data:/blob: (icons are decoded from bundled SVG) and nothing else; no eval. The one inline script (the
 * shell's loading line, index.html) is allowed by its hash, and no other.
 */
export function contentSecurityPolicy(inlineScripts: readonly string[] = []): string {
  const hashes = inlineScripts.map(
    (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    ["script-src 'self'", ...hashes].join(' '),
    "worker-src 'self' blob:",
    "img-src 'self' data: blob:",
    "style-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The text of each inline script (a script element without `src`), exactly as the browser hashes it. */
export function inlineScriptsOf(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => match[1] ?? '',
  );
}
