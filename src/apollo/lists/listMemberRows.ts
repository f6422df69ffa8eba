import emailProviderDomains from "email-providers";
import type { ApolloAccount, ApolloContact } from "../client/listSchemas";
import { normaliseDomain } from "../../shared/domainName";

/** Domains of free and disposable mail: a gmail.com address says nothing about a person's company. */
const mailProviders = new Set(emailProviderDomains);

/** The company domain of a work email, or null for a personal or unreadable one. */
export function companyDomainOfEmail(email: string | null | undefined): string | null {
  const at = email?.lastIndexOf("@") ?? -1;
  if (!email || at < 1) return null;
  const parsed = normaliseDomain(email.slice(at + 1));
  if (!parsed.ok || mailProviders.has(parsed.domain)) return null;
  return parsed.domain;
}

export function companyDomainOf(domain: string | null | undefined): string | null {
  if (!domain) return null;
  const parsed = normaliseDomain(domain);
  return parsed.ok ? parsed.domain : null;
}

/** Apollo's timestamp, or null when it is absent or unreadable. */
export function apolloTimestamp(value: string | null | undefined): Date | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time);
}

const text = (value: string | null | undefined) => (value === undefined || value === null || value.trim() === "" ? null : value.trim());

/** The columns of one stored contact (ApolloContact), in the order the sync's statement takes them. */
export function contactRow(contact: ApolloContact) {
  const email = text(contact.email);
  return {
    apolloId: contact.id,
    firstName: text(contact.first_name),
    lastName: text(contact.last_name),
    name: text(contact.name) ?? ([text(contact.first_name), text(contact.last_name)].filter(Boolean).join(" ") || null),
    title: text(contact.title),
    email,
    emailStatus: text(contact.email_status),
    organizationName: text(contact.organization_name),
    apolloOrganizationId: text(contact.organization_id),
    apolloAccountId: text(contact.account_id),
    linkedinUrl: text(contact.linkedin_url),
    apolloUpdatedAt: apolloTimestamp(contact.updated_at),
    companyDomain: companyDomainOfEmail(email),
  };
}
export type ContactRow = ReturnType<typeof contactRow>;

export function accountRow(account: ApolloAccount) {
  return {
    apolloId: account.id,
    name: text(account.name),
    domain: text(account.domain),
    apolloOrganizationId: text(account.organization_id),
    apolloUpdatedAt: apolloTimestamp(account.updated_at),
    companyDomain: companyDomainOf(account.domain),
  };
}
export type AccountRow = ReturnType<typeof accountRow>;

/** A page can list one member twice while the list shifts: the first copy is kept. */
export function uniqueById<Row extends { apolloId: string }>(rows: Row[]): Row[] {
  const seen = new Set<string>();
  return rows.filter((row) => (seen.has(row.apolloId) ? false : (seen.add(row.apolloId), true)));
}
