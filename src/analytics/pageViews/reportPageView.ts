import { config } from "wasp/client";

let firstViewOfVisit = true;

/**
 * Tells the server a page was viewed: the path, where the visit came from on
 * its first page, its utm_source. No cookie, no session: the request carries
 * no credentials, and a failure is not the reader's problem.
 */
export function reportPageView(pathname: string, search: string): void {
  const utmSource = new URLSearchParams(search).get("utm_source")?.slice(0, 100) || undefined;
  const referrer = firstViewOfVisit && /^https?:\/\//.test(document.referrer) ? document.referrer.slice(0, 2048) : undefined;
  firstViewOfVisit = false;
  void fetch(`${config.apiUrl}/api/analytics/page-views`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ path: pathname, referrer, utmSource }),
    credentials: "omit",
    keepalive: true,
  }).catch(() => {});
}
