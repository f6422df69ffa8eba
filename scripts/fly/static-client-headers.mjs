// The response headers of the static web client, in one place: the Fly client
// app is configured to send them (client-toml.mjs), and the static server the
// tests use sends the same (scripts/serve-static-client.mjs).
import { createHash } from "node:crypto";

/**
 * The inline scripts Wasp writes into its HTML pages: its prerender data, and
 * React Router's hydration data in the prerendered landing page. The CSP
 * allows exactly these, by hash, and no other inline script; a test fails if
 * a Wasp update writes a different one (tests/integration/securityHeaders.test.ts).
 */
export const WASP_INLINE_SCRIPTS = [
  'window.__WASP_SSR_DATA__={"isFallbackPage":false};',
  'window.__WASP_SSR_DATA__={"isFallbackPage":true};',
  'window.__staticRouterHydrationData = JSON.parse("{\\"loaderData\\":{},\\"actionData\\":null,\\"errors\\":null}");',
];

const hashSource = (script) => `'sha256-${createHash("sha256").update(script).digest("base64")}'`;

/** apiUrl: the server the client calls (REACT_APP_API_URL), the one other origin it may connect to. */
export function staticClientHeaders(apiUrl) {
  const apiOrigin = new URL(apiUrl).origin;
  const contentSecurityPolicy = [
    "default-src 'self'",
    `script-src 'self' ${WASP_INLINE_SCRIPTS.map(hashSource).join(" ")}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${apiOrigin}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return {
    "Content-Security-Policy": contentSecurityPolicy,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  };
}
