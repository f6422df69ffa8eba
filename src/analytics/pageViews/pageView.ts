import { createHash } from "node:crypto";
import { z } from "zod";

/** What the client reports for one page view: the path, the referrer on the first view of a visit, the utm_source. */
export const pageViewInput = z
  .object({
    path: z.string().trim().min(1, "Give the page's path.").max(2048, "The path is too long.").startsWith("/", "The path starts with /."),
    referrer: z.union([z.literal(""), z.url({ message: "The referrer is a URL, or empty." }).max(2048)]).optional(),
    utmSource: z.string().trim().max(100, "utm_source is at most 100 characters.").optional(),
  })
  .strict();
export type PageViewInput = z.infer<typeof pageViewInput>;

export type PageView = { path: string; source: string; referrerHost: string | null };

const ID_SEGMENT = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+)$/i;
const MAX_STORED_PATH = 300;

/**
 * The path without query or fragment (reset links carry tokens there) and
 * with ids as ":id", so /app/companies/<uuid> is one page, not thousands.
 */
export function storedPathOf(path: string): string {
  const bare = path.split(/[?#]/, 1)[0] || "/";
  const segments = bare.split("/").map((segment) => (ID_SEGMENT.test(segment) ? ":id" : segment));
  return segments.join("/").slice(0, MAX_STORED_PATH);
}

const hostOf = (url: string): string | null => {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "") || null;
  } catch {
    return null;
  }
};

/**
 * Where the visit came from: its utm_source, else the referrer's host (a
 * referrer on our own hosts is a page of ours, so "direct"), else "direct".
 */
export function pageViewOf(input: PageViewInput, ownHosts: string[]): PageView {
  const own = new Set(ownHosts.map((host) => host.toLowerCase().replace(/^www\./, "")));
  const host = input.referrer ? hostOf(input.referrer) : null;
  const referrerHost = host && !own.has(host) ? host : null;
  const utmSource = input.utmSource?.toLowerCase() || null;
  return { path: storedPathOf(input.path), source: utmSource ?? referrerHost ?? "direct", referrerHost };
}

/** The day's visitor: a hash of IP and user agent under the day's salt. Neither is stored. */
export function visitorHashOf(salt: string, ip: string, userAgent: string): string {
  return createHash("sha256").update(`${salt}\n${ip}\n${userAgent}`).digest("hex").slice(0, 32);
}

