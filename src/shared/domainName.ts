import { domainToASCII } from "node:url";

/**
 * A company's domain as Hyperformant stores it: lower-case, no scheme, no
 * "www.", no port, path, query or trailing dot, internationalised names in
 * punycode. Returns a reason instead when the input is not a domain.
 */
export type DomainParseResult = { ok: true; domain: string } | { ok: false; reason: string };

const labelPattern = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export function normaliseDomain(input: string): DomainParseResult {
  const trimmed = input.trim();
  if (trimmed === "") return { ok: false, reason: "Enter a domain, for example acme.com." };
  if (/\s/.test(trimmed)) return { ok: false, reason: "A domain cannot contain spaces." };
  if (trimmed.includes("@")) return { ok: false, reason: "That looks like an email address; enter only the part after @." };

  const withoutScheme = trimmed.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  const host = withoutScheme.split(/[/?#]/)[0].replace(/:\d*$/, "").replace(/\.$/, "");
  if (host === "") return { ok: false, reason: "Enter a domain, for example acme.com." };
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith("[")) {
    return { ok: false, reason: "Enter a domain name, not an IP address." };
  }

  const ascii = domainToASCII(host.toLowerCase());
  if (ascii === "") return { ok: false, reason: `"${host}" is not a valid domain name.` };
  const domain = ascii.replace(/^www\./, "");
  const labels = domain.split(".");
  if (labels.length < 2) return { ok: false, reason: `"${host}" has no top-level domain; did you mean ${host}.com?` };
  if (domain.length > 253 || !labels.every((label) => labelPattern.test(label))) {
    return { ok: false, reason: `"${host}" is not a valid domain name.` };
  }
  if (!/^(xn--[a-z0-9-]+|[a-z]{2,63})$/.test(labels[labels.length - 1])) {
    return { ok: false, reason: `"${labels[labels.length - 1]}" is not a top-level domain.` };
  }
  return { ok: true, domain };
}
