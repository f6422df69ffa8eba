import type { ApolloOrganization } from "../../apollo/client/organizationSchema";
import type { Firmographics } from "./enrichmentSchedule";

const MAX_DESCRIPTION = 2_000;
const MAX_TECHNOLOGIES = 100;

export function sizeBandOf(employees: number | null | undefined): Firmographics["sizeBand"] {
  if (employees === null || employees === undefined || employees < 1) return null;
  if (employees <= 10) return "MICRO";
  if (employees <= 50) return "SMALL";
  if (employees <= 200) return "MEDIUM";
  if (employees <= 1000) return "LARGE";
  return "ENTERPRISE";
}

/** Apollo sends industries lower-case ("information technology & services"). */
export function readableIndustry(industry: string | null | undefined): string | null {
  const trimmed = industry?.trim();
  if (!trimmed) return null;
  return trimmed.replace(/(^|[\s/(-])([a-z])/g, (_match, before: string, letter: string) => `${before}${letter.toUpperCase()}`).replace(/\bAnd\b/g, "and");
}

const text = (value: string | null | undefined, max = 500) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : null;
};

/** Apollo's organization as the fields Hyperformant stores on a company. */
export function toFirmographics(organization: ApolloOrganization): Firmographics {
  const employees = organization.estimated_num_employees ?? null;
  return {
    name: text(organization.name, 200),
    industry: readableIndustry(organization.industry),
    employeeCount: employees === null ? null : Math.round(employees),
    sizeBand: sizeBandOf(employees),
    annualRevenue: organization.annual_revenue ?? null,
    foundedYear: organization.founded_year ? Math.round(organization.founded_year) : null,
    city: text(organization.city),
    state: text(organization.state),
    country: text(organization.country),
    description: text(organization.short_description, MAX_DESCRIPTION),
    linkedinUrl: text(organization.linkedin_url),
    technologies: [...new Set((organization.technology_names ?? []).map((name) => name.trim()).filter(Boolean))].slice(0, MAX_TECHNOLOGIES),
    apolloOrganizationId: organization.id,
  };
}
