import { z } from "zod";

const optionalText = z.string().nullish();
const optionalNumber = z.number().nullish();

/** The fields of Apollo's organization Hyperformant reads; Apollo sends many more. */
export const apolloOrganizationSchema = z.object({
  id: z.string(),
  name: optionalText,
  primary_domain: optionalText,
  website_url: optionalText,
  linkedin_url: optionalText,
  estimated_num_employees: optionalNumber,
  industry: optionalText,
  keywords: z.array(z.string()).nullish(),
  annual_revenue: optionalNumber,
  annual_revenue_printed: optionalText,
  founded_year: optionalNumber,
  short_description: optionalText,
  city: optionalText,
  state: optionalText,
  country: optionalText,
  technology_names: z.array(z.string()).nullish(),
});

export type ApolloOrganization = z.infer<typeof apolloOrganizationSchema>;

/** GET /organizations/enrich: an unknown domain comes back without an organization, or with null. */
export const organizationEnrichResponseSchema = z.object({ organization: apolloOrganizationSchema.nullish() });
