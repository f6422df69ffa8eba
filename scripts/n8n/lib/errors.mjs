// Error messages the person running the import can act on.

export class N8nApiError extends Error {
  constructor(message, { status, method, path } = {}) {
    super(message);
    this.name = "N8nApiError";
    this.status = status;
    this.method = method;
    this.path = path;
  }
}

/** What a failed request means and what to check. `detail` is n8n's own message, when it sent one. */
export function describeHttpFailure({ status, method, path, baseUrl, detail }) {
  const request = `${method} ${path}`;
  const said = detail ? ` (n8n said: ${detail})` : "";
  switch (status) {
    case 401:
      return (
        `n8n rejected the API key (401 on ${request})${said}. Check N8N_API_KEY: create a key in n8n under ` +
        "Settings → n8n API, and make sure it belongs to this instance and has not expired or been revoked."
      );
    case 403:
      return (
        `the API key may not do this (403 on ${request})${said}. Check the key's scopes in Settings → n8n API ` +
        "(workflow:list, workflow:read, workflow:create, workflow:update, workflow:activate, credential:create) " +
        "or use a key of the instance owner."
      );
    case 404:
      return path.startsWith("/workflows?") || path === "/workflows"
        ? `no n8n public API at ${baseUrl}/api/v1 (404 on ${request}). Check N8N_API_URL: it must be the n8n ` +
            "instance's root URL (e.g. https://<app>.fly.dev), and the public API must be enabled " +
            "(N8N_PUBLIC_API_DISABLED unset; not available on n8n Cloud's free trial)."
        : `n8n has no such resource (404 on ${request})${said}. It may have been deleted while the import ran: run it again.`;
    default:
      return `n8n answered ${status} to ${request}${said}.`;
  }
}

/** Text with every given secret replaced by ***, for anything printed. */
export function redact(text, secrets) {
  let result = String(text);
  for (const secret of secrets) {
    if (typeof secret === "string" && secret.length >= 4) result = result.split(secret).join("***");
  }
  return result;
}
