import { z } from "zod";

const text = (max: number) => z.string().trim().min(1).max(max);
const companyId = z.string().uuid();
// Pages link these: http or https only, never javascript: and the like.
const webUrl = z.string().url().max(2_000).refine((url) => /^https?:\/\//i.test(url), "Only http and https links are kept.");

const statusUpdate = z.object({
  kind: z.literal("status"),
  status: z.enum(["running", "succeeded", "failed"]),
  error: text(2_000).optional(),
}).strict();

const sentimentMentions = z.object({
  kind: z.literal("sentiment-mentions"),
  companyId,
  mentions: z.array(z.object({
    text: text(5_000),
    sourceName: text(200),
    sourceUrl: webUrl.optional(),
    author: text(200).optional(),
    publishedAt: z.coerce.date(),
  }).strict()).min(1).max(500),
}).strict();

const marketData = z.object({
  kind: z.literal("market-data"),
  companyId,
  points: z.array(z.object({
    metric: text(80),
    value: z.number().finite(),
    unit: text(20).optional(),
    observedAt: z.coerce.date(),
  }).strict()).min(1).max(1_000),
}).strict();

const researchFindings = z.object({
  kind: z.literal("research-findings"),
  companyId,
  findings: z.array(z.object({
    // What it is about; reports cite them as "Workflow findings".
    category: z.enum(["NEWS", "HIRING_SIGNAL", "PRODUCT_CHANGE", "FUNDING"]).default("NEWS"),
    text: text(5_000),
    url: webUrl,
    source: text(200),
    publishedAt: z.coerce.date().optional(),
  }).strict()).min(1).max(200),
}).strict();

const enrichmentFacts = z.object({
  kind: z.literal("enrichment-facts"),
  companyId,
  facts: z.object({
    industry: text(120).optional(),
    employeeCount: z.number().int().min(1).max(10_000_000).optional(),
    description: text(5_000).optional(),
    foundedYear: z.number().int().min(1800).max(2100).optional(),
  }).strict().refine((facts) => Object.keys(facts).length > 0, "Send at least one fact."),
}).strict();

/**
 * What n8n sends back: the execution it belongs to (the id the trigger sent),
 * a step id unique within it (a redelivery carries the same one), the
 * workspace it was started for, and one result.
 */
export const workflowCallback = z.object({
  executionId: z.string().uuid(),
  stepId: text(100),
  workspaceId: z.string().uuid(),
  result: z.discriminatedUnion("kind", [statusUpdate, sentimentMentions, marketData, researchFindings, enrichmentFacts]),
}).strict();
export type WorkflowCallback = z.infer<typeof workflowCallback>;
export type CallbackResult = WorkflowCallback["result"];
