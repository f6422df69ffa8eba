import { z } from "zod";
import { narrativeSectionsFor } from "../narrative/narrativeLayout";
import type { Claim, NarrativeSectionKey } from "../reportDocument";
import type { ReportKind } from "../reportKinds";

/**
 * One claim as the model writes it. Only keywords OpenAI's strict structured
 * output accepts (no minLength): a blank text is refused by the refinement,
 * which zod checks but leaves out of the JSON schema.
 */
export const claimSchema = z.strictObject({
  text: z.string().refine((text) => text.trim() !== "", "a claim's text must not be empty"),
  citations: z.array(z.number().int().min(1)),
});

/** What the model answers: each section of the report kind as claims, and what the sources do not tell. */
export type NarrativeAnswer = Partial<Record<NarrativeSectionKey, Claim[]>> & { evidenceGaps: string[] };

export const narrativeSchemaName = "report_narrative";

function buildNarrativeSchema(kind: ReportKind): z.ZodType<NarrativeAnswer> {
  const sections = Object.fromEntries(narrativeSectionsFor(kind).map((spec) => [spec.key, z.array(claimSchema)]));
  // zod cannot type keys chosen at run time; the shape is built from the layout's keys, the same ones NarrativeAnswer names.
  return z.strictObject({ ...sections, evidenceGaps: z.array(z.string()) }) as unknown as z.ZodType<NarrativeAnswer>;
}

const schemas = new Map<ReportKind, z.ZodType<NarrativeAnswer>>();

/** The structured-output schema of a report kind's narrative: every section of narrativeSectionsFor(kind), required, plus evidenceGaps. */
export function narrativeSchemaFor(kind: ReportKind): z.ZodType<NarrativeAnswer> {
  let schema = schemas.get(kind);
  if (!schema) {
    schema = buildNarrativeSchema(kind);
    schemas.set(kind, schema);
  }
  return schema;
}
