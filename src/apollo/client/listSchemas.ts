import { z } from "zod";

const optionalText = z.string().nullish();
const optionalNumber = z.number().nullish();

/** A list (Apollo calls them labels) as GET /labels answers. */
export const apolloLabelSchema = z.object({
  id: z.string(),
  name: z.string(),
  modality: z.string(),
  cached_count: optionalNumber,
  created_at: optionalText,
  updated_at: optionalText,
});
export type ApolloLabel = z.infer<typeof apolloLabelSchema>;

/** GET /labels answers a bare array; some clients see it wrapped in { labels }. Both are read. */
export const labelsResponseSchema = z.union([z.array(apolloLabelSchema), z.object({ labels: z.array(apolloLabelSchema) })]);

export const paginationSchema = z.object({
  page: z.coerce.number().int(),
  per_page: z.coerce.number().int(),
  total_entries: z.coerce.number().int(),
  total_pages: z.coerce.number().int(),
});
export type ApolloPagination = z.infer<typeof paginationSchema>;

export const apolloContactSchema = z.object({
  id: z.string(),
  first_name: optionalText,
  last_name: optionalText,
  name: optionalText,
  title: optionalText,
  email: optionalText,
  email_status: optionalText,
  organization_name: optionalText,
  organization_id: optionalText,
  account_id: optionalText,
  linkedin_url: optionalText,
  label_ids: z.array(z.string()).nullish(),
  updated_at: optionalText,
});
export type ApolloContact = z.infer<typeof apolloContactSchema>;

export const apolloAccountSchema = z.object({
  id: z.string(),
  name: optionalText,
  domain: optionalText,
  organization_id: optionalText,
  label_ids: z.array(z.string()).nullish(),
  updated_at: optionalText,
});
export type ApolloAccount = z.infer<typeof apolloAccountSchema>;

export const contactsSearchResponseSchema = z.object({ contacts: z.array(apolloContactSchema), pagination: paginationSchema });
export const accountsSearchResponseSchema = z.object({ accounts: z.array(apolloAccountSchema), pagination: paginationSchema });

/** A sequence (emailer campaign); Apollo leaves the rates null while nothing is delivered. */
export const apolloSequenceSchema = z.object({
  id: z.string(),
  name: z.string(),
  active: z.boolean().nullish(),
  num_steps: optionalNumber,
  unique_delivered: optionalNumber,
  unique_opened: optionalNumber,
  unique_replied: optionalNumber,
  unique_bounced: optionalNumber,
});
export type ApolloSequence = z.infer<typeof apolloSequenceSchema>;
export const sequencesSearchResponseSchema = z.object({ emailer_campaigns: z.array(apolloSequenceSchema), pagination: paginationSchema });

export const apolloEmailAccountSchema = z.object({ id: z.string(), email: z.string(), active: z.boolean().nullish() });
export type ApolloEmailAccount = z.infer<typeof apolloEmailAccountSchema>;
export const emailAccountsResponseSchema = z.object({ email_accounts: z.array(apolloEmailAccountSchema) });

/** POST /emailer_campaigns/{id}/add_contact_ids: the contacts added, and those skipped with Apollo's reason. */
export const addContactsResponseSchema = z.object({
  contacts: z.array(z.object({ id: z.string() }).passthrough()).default([]),
  skipped_contact_ids: z.record(z.string(), z.string()).nullish(),
});
export type AddContactsResponse = z.infer<typeof addContactsResponseSchema>;
