import type { ListModality } from "../../client/apolloClient";

/** Where each kind of list keeps its members, and the columns the sync writes (pg types for unnest). */
export type ListTables = {
  records: string;
  apolloIdColumn: string;
  listings: string;
  listingMemberColumn: string;
  columns: readonly (readonly [name: string, pgType: "text" | "timestamp"])[];
};

const contactColumns = [
  ["firstName", "text"],
  ["lastName", "text"],
  ["name", "text"],
  ["title", "text"],
  ["email", "text"],
  ["emailStatus", "text"],
  ["organizationName", "text"],
  ["apolloOrganizationId", "text"],
  ["apolloAccountId", "text"],
  ["linkedinUrl", "text"],
  ["apolloUpdatedAt", "timestamp"],
  ["companyDomain", "text"],
] as const;

const accountColumns = [
  ["name", "text"],
  ["domain", "text"],
  ["apolloOrganizationId", "text"],
  ["apolloUpdatedAt", "timestamp"],
  ["companyDomain", "text"],
] as const;

export function listTables(modality: ListModality): ListTables {
  return modality === "contacts"
    ? { records: "ApolloContact", apolloIdColumn: "apolloContactId", listings: "ApolloContactListing", listingMemberColumn: "contactId", columns: contactColumns }
    : { records: "ApolloAccount", apolloIdColumn: "apolloAccountId", listings: "ApolloAccountListing", listingMemberColumn: "accountId", columns: accountColumns };
}

/** The database's enum value for a modality. */
export const modalityEnum = (modality: ListModality) => (modality === "contacts" ? "CONTACTS" : "ACCOUNTS");
export const modalityOf = (value: "CONTACTS" | "ACCOUNTS"): ListModality => (value === "CONTACTS" ? "contacts" : "accounts");
