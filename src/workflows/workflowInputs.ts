import { z } from "zod";

export const companyWorkflows = ["market-research", "sentiment-collection"] as const;

export const startCompanyWorkflowInput = z.object({ companyId: z.string().uuid(), workflow: z.enum(companyWorkflows) }).strict();
export const getCompanyWorkflowRunsInput = z.object({ companyId: z.string().uuid() }).strict();
export const getCompanyFindingsInput = z.object({ companyId: z.string().uuid() }).strict();
