import type { CompanyImportStatus } from "@prisma/client";

/** What the recovery sweep does with an import that is not finished: pure, so it is tested without a clock or a queue. */

export type UnfinishedImport = { status: CompanyImportStatus; attempts: number; createdAt: Date; updatedAt: Date };
export type ImportRecoverySettings = { leaseMs: number; queuedGraceMs: number; maxAttempts: number };
export type ImportRecoveryDecision = { action: "leave" } | { action: "resubmit"; attempt: number } | { action: "fail"; reason: string };

export function planImportRecovery(companyImport: UnfinishedImport, now: Date, settings: ImportRecoverySettings): ImportRecoveryDecision {
  if (companyImport.status !== "QUEUED" && companyImport.status !== "RUNNING") return { action: "leave" };
  const idleMs = now.getTime() - companyImport.updatedAt.getTime();
  const abandoned =
    companyImport.status === "RUNNING"
      ? idleMs > settings.leaseMs
      : now.getTime() - companyImport.createdAt.getTime() > settings.queuedGraceMs && idleMs > settings.queuedGraceMs;
  if (!abandoned) return { action: "leave" };
  if (companyImport.attempts >= settings.maxAttempts) {
    return {
      action: "fail",
      reason: `The import stopped ${companyImport.attempts} times as servers restarted; the rows merged so far are kept. Try the file again.`,
    };
  }
  return { action: "resubmit", attempt: companyImport.attempts + 1 };
}
