import helmet from "helmet";

/**
 * The security headers of every answer of the server, the same on Wasp's
 * routes (in place of Wasp's default helmet()) and on everything else: our
 * /health and /ready, and the 404s outside any router. The server answers
 * JSON, CSV and one small HTML page, so its CSP allows nothing to load and
 * nothing to frame it; the web client has its own policy
 * (scripts/fly/static-client-headers.mjs).
 */
export const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'none'"],
      frameAncestors: ["'none'"],
    },
  },
  frameguard: { action: "deny" },
});
