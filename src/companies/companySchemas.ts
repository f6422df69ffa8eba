import { z } from "zod";
import { domainToUnicode } from "node:url";
import { normaliseDomain } from "../shared/domainName";
import { companyRoles, companySortFields, enrichmentStatuses, sizeBands } from "./companyEnums";

export { companyRoles, companySortFields, enrichmentStatuses, sizeBands };

export const MAX_TAGS = 20;

/** A domain field: normalised, or refused with the reason. */
export const domainField = z.string().transform((raw, context) => {
  const result = normaliseDomain(raw);
  if (!result.ok) {
    context.addIssue({ code: "custom", message: result.reason });
    return z.NEVER;
  }
  return result.domain;
});

/** Tags are trimmed, lower-cased and de-duplicated, so filters match however they were typed. */
/** What separates tags in a CSV cell (and in the forms); a tag holding one would come back split. */
export const TAG_SEPARATORS = /[;|,]/;

export const tagsField = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .min(1, "Tags cannot be empty.")
      .max(40, "Keep each tag under 40 characters.")
      .refine((tag) => !TAG_SEPARATORS.test(tag), "A tag cannot contain , ; or | (they separate tags)."),
  )
  .max(MAX_TAGS, `A company can have at most ${MAX_TAGS} tags.`)
  .transform((tags) => [...new Set(tags)]);

const companyName = z.string().trim().min(1, "Enter a name.").max(200, "Keep the name under 200 characters.");

export const createCompanyInput = z
  .object({
    domain: domainField,
    name: companyName.optional(),
    role: z.enum(companyRoles).default("WATCH"),
    tags: tagsField.default([]),
  })
  .strict();

export const updateCompanyInput = z
  .object({
    id: z.string().uuid("Unknown company."),
    name: companyName.optional(),
    role: z.enum(companyRoles).optional(),
    tags: tagsField.optional(),
  })
  .strict()
  .refine((input) => input.name !== undefined || input.role !== undefined || input.tags !== undefined, {
    message: "Nothing to change: send a name, role or tags.",
  });

export const companyIdInput = z.object({ id: z.string().uuid("Unknown company.") }).strict();

export const setCompanyArchivedInput = z
  .object({ id: z.string().uuid("Unknown company."), archived: z.boolean() })
  .strict();

export const listCompaniesInput = z
  .object({
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(100).default(50),
    search: z.string().trim().max(200).optional(),
    role: z.enum(companyRoles).optional(),
    industry: z.string().trim().max(200).optional(),
    sizeBand: z.enum(sizeBands).optional(),
    tag: z.string().trim().toLowerCase().max(40).optional(),
    enrichmentStatus: z.enum(enrichmentStatuses).optional(),
    includeArchived: z.boolean().default(false),
    sortBy: z.enum(companySortFields).default("name"),
    sortDirection: z.enum(["asc", "desc"]).default("asc"),
  })
  .strict();

export type CreateCompanyInput = z.input<typeof createCompanyInput>;
export type UpdateCompanyInput = z.input<typeof updateCompanyInput>;
export type ListCompaniesInput = z.input<typeof listCompaniesInput>;
export type ParsedListCompaniesInput = z.output<typeof listCompaniesInput>;

/** "acme-labs.co.uk" -> "Acme Labs", "xn--bcher-haus-xhb.de" -> "Bücher Haus": a readable default until enrichment knows better. */
export function nameFromDomain(domain: string): string {
  const firstLabel = (domainToUnicode(domain) || domain).split(".")[0];
  return firstLabel
    .split("-")
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(" ");
}

const booleanQueryParam = z.preprocess(
  (value) => (value === "true" ? true : value === "false" ? false : value),
  z.boolean({ message: "Use true or false." }),
);

/** The export takes the list's filters and sort from the query string, without paging. */
export const exportCompaniesInput = listCompaniesInput
  .omit({ page: true, pageSize: true, includeArchived: true })
  .extend({ includeArchived: booleanQueryParam.default(false) });
