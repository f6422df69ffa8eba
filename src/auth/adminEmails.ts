/** ADMIN_EMAILS is a comma-separated list; matching ignores case and spaces. */
export function parseAdminEmails(rawList: string | undefined): Set<string> {
  return new Set(
    (rawList ?? "")
      .split(",")
      .map((email) => email.trim().toLowerCase())
      .filter((email) => email.length > 0),
  );
}

export function isAdminEmail(email: string | null | undefined, rawList: string | undefined): boolean {
  if (!email) return false;
  return parseAdminEmails(rawList).has(email.trim().toLowerCase());
}
