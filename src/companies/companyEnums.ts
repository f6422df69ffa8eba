/** Enum values and list options shared by the server schemas and the pages (no Node-only imports here). */
export const companyRoles = ["OWN_COMPANY", "COMPETITOR", "PROSPECT", "WATCH"] as const;
export const sizeBands = ["MICRO", "SMALL", "MEDIUM", "LARGE", "ENTERPRISE"] as const;
export const enrichmentStatuses = ["PENDING", "ENRICHED", "NOT_FOUND", "FAILED", "SKIPPED_NO_KEY"] as const;
export const companySortFields = ["name", "domain", "createdAt", "updatedAt", "employeeCount"] as const;

export type CompanyRole = (typeof companyRoles)[number];
export type SizeBand = (typeof sizeBands)[number];
export type EnrichmentStatus = (typeof enrichmentStatuses)[number];
export type CompanySortField = (typeof companySortFields)[number];
