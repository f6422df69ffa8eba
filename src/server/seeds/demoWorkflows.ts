import type { PrismaClient } from "@prisma/client";
import type { DemoCompany } from "./demoCompanies";
import { seededRandom } from "./seededRandom";

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

type FindingKind = "FUNDING" | "PRODUCT_CHANGE" | "HIRING_SIGNAL" | "NEWS";
export type DemoFinding = { kind: FindingKind; text: string; source: string; url: string; publishedAt: Date };
export type DemoWorkflowRun = {
  workflow: "market-research" | "sentiment-collection";
  domain: string;
  companyName: string;
  status: "SUCCEEDED" | "FAILED" | "TIMED_OUT";
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date;
  attempts: number;
  errorMessage: string | null;
  findings: DemoFinding[];
  /** The (execution, step) pairs n8n called back with. */
  steps: string[];
};

const findingTemplates: Array<{ kind: FindingKind; text: (name: string) => string; source: string; slug: string }> = [
  { kind: "FUNDING", text: (name) => `${name} closed a $24M Series B led by Northzone to expand across Europe.`, source: "TechCrunch", slug: "series-b" },
  { kind: "PRODUCT_CHANGE", text: (name) => `${name} moved its mid-tier plan to usage-based pricing.`, source: "The Information", slug: "usage-pricing" },
  { kind: "HIRING_SIGNAL", text: (name) => `${name} is hiring 14 account executives for its new DACH office.`, source: "LinkedIn Jobs", slug: "dach-hiring" },
  { kind: "NEWS", text: (name) => `${name} announced a partnership with Snowflake for native data sharing.`, source: "Business Wire", slug: "snowflake-partnership" },
  { kind: "PRODUCT_CHANGE", text: (name) => `${name} launched an AI assistant that drafts competitor battlecards.`, source: "Product Hunt", slug: "ai-battlecards" },
];

/**
 * The demo workspace's n8n runs over the last month, as the callbacks would
 * have left them: market research with findings on the competitors, a
 * sentiment collection, one run n8n never answered (failed after its
 * retries) and one that timed out. Pure and repeatable.
 */
export function demoWorkflowRuns(companies: readonly Pick<DemoCompany, "name" | "domain" | "role">[], now: Date): DemoWorkflowRun[] {
  const random = seededRandom(20_261_203);
  const competitors = companies.filter((company) => company.role === "COMPETITOR").slice(0, 4);
  const runs: DemoWorkflowRun[] = competitors.map((company, index) => {
    const createdAt = new Date(now.getTime() - (3 + index * 6) * DAY_MS - Math.floor(random() * 8 * 60) * MINUTE_MS);
    const startedAt = new Date(createdAt.getTime() + 2_000 + Math.floor(random() * 4_000));
    const templates = findingTemplates.filter((_, position) => (position + index) % 2 === 0 || position === index);
    const findings = templates.map((template, position) => ({
      kind: template.kind,
      text: template.text(company.name),
      source: template.source,
      url: `https://news.example.com/${company.domain.replace(/\.example$/, "")}/${template.slug}`,
      publishedAt: new Date(createdAt.getTime() - (1 + position * 4) * DAY_MS),
    }));
    return {
      workflow: "market-research",
      domain: company.domain,
      companyName: company.name,
      status: "SUCCEEDED",
      createdAt,
      startedAt,
      finishedAt: new Date(startedAt.getTime() + (40 + Math.floor(random() * 80)) * 1_000),
      attempts: 1,
      errorMessage: null,
      findings,
      steps: ["started", "result-1", "finished"],
    };
  });
  const [first, second] = competitors;
  const failedAt = new Date(now.getTime() - 9 * DAY_MS);
  runs.push({
    workflow: "sentiment-collection", domain: first.domain, companyName: first.name, status: "FAILED", createdAt: failedAt, startedAt: null,
    finishedAt: new Date(failedAt.getTime() + 150_000), attempts: 5, errorMessage: "n8n answered 503: Service Unavailable (after 5 attempts)", findings: [], steps: [],
  });
  const timedOutAt = new Date(now.getTime() - 15 * DAY_MS);
  runs.push({
    workflow: "market-research", domain: second.domain, companyName: second.name, status: "TIMED_OUT", createdAt: timedOutAt, startedAt: new Date(timedOutAt.getTime() + 3_000),
    finishedAt: new Date(timedOutAt.getTime() + 30 * MINUTE_MS), attempts: 1, errorMessage: `n8n did not report the end of the workflow by ${new Date(timedOutAt.getTime() + 30 * MINUTE_MS).toISOString().slice(0, 19).replace("T", " ")} UTC.`,
    findings: [], steps: ["started"],
  });
  return runs.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/** Stores the demo runs with their callbacks and findings (findings are what the company pages and reports show). */
export async function seedDemoWorkflows(prisma: PrismaClient, workspaceId: string, userId: string, companies: readonly Pick<DemoCompany, "name" | "domain" | "role">[], idOf: Map<string, string>, now: Date) {
  const runs = demoWorkflowRuns(companies, now);
  for (const run of runs) {
    const companyId = idOf.get(run.domain)!;
    const execution = await prisma.workflowExecution.create({
      data: {
        workspaceId, triggeredById: userId, companyId, workflowKey: run.workflow, status: run.status,
        input: { companyId, companyName: run.companyName, domain: run.domain },
        inputSummary: `${run.workflow === "market-research" ? "Market research" : "Sentiment collection"} on ${run.companyName} (${run.domain})`,
        errorMessage: run.errorMessage, attempts: run.attempts, createdAt: run.createdAt, triggeredAt: run.createdAt, startedAt: run.startedAt, finishedAt: run.finishedAt,
        timeoutAt: new Date(run.createdAt.getTime() + 30 * MINUTE_MS), progressPercent: 100,
      },
      select: { id: true },
    });
    await prisma.workflowCallback.createMany({ data: run.steps.map((stepId) => ({ executionId: execution.id, stepId, kind: stepId === "result-1" ? "research-findings" : "status" })) });
    await prisma.marketIntelligence.createMany({
      data: run.findings.map((finding) => ({
        workspaceId, companyId, workflowExecutionId: execution.id, kind: finding.kind, title: finding.text.slice(0, 120), content: finding.text,
        sourceName: finding.source, sourceUrl: finding.url, observedAt: finding.publishedAt, dedupeKey: `demo-finding:${finding.url}`,
      })),
    });
  }
  return { runs: runs.length, findings: runs.reduce((sum, run) => sum + run.findings.length, 0) };
}
