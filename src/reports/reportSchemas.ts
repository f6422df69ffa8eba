import { z } from "zod";
import { reportKinds, reportStatuses } from "./reportKinds";

const id = (what: string) => z.string().uuid(`Unknown ${what}.`);

export const requestReportInput = z
  .object({
    companyId: id("company"),
    kind: z.enum(reportKinds, { message: `Choose one of: ${reportKinds.join(", ")}.` }),
  })
  .strict();
export type RequestReportInput = z.infer<typeof requestReportInput>;

export const reportIdInput = z.object({ id: id("report") }).strict();

export const companyReportsInput = z.object({ companyId: id("company") }).strict();

export const listReportsInput = z
  .object({
    status: z.enum(reportStatuses).optional(),
    kind: z.enum(reportKinds).optional(),
    companyId: id("company").optional(),
    search: z.string().trim().max(200, "Search for at most 200 characters.").optional(),
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(100, "At most 100 reports a page.").default(25),
  })
  .strict();
export type ListReportsInput = z.input<typeof listReportsInput>;
