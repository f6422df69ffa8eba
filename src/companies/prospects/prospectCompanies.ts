/** A domain that Apollo members have and no tracked company has yet, with a name Apollo gave it. */
export type ProspectDomain = { domain: string; name: string | null };

/** A readable name for a company known only by its domain: "harbor-analytics.io" -> "Harbor Analytics". */
export function nameFromDomain(domain: string): string {
  const label = domain.split(".")[0] ?? domain;
  return label
    .split(/[-_]/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(" ");
}

/** The prospects that fit under the quota (the most-mentioned domains first, as given), and how many did not. */
export function prospectCompaniesToCreate(domains: ProspectDomain[], room: number) {
  const fitting = domains.slice(0, Math.max(0, room));
  return {
    create: fitting.map(({ domain, name }) => ({ domain, name: name?.trim() || nameFromDomain(domain) })),
    overQuota: domains.length - fitting.length,
  };
}
