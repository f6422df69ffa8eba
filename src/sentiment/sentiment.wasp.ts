import { action, api, apiNamespace, job, query, type Spec } from "@wasp.sh/spec";
import { deleteMention, getCompanySentiment } from "./operations" with { type: "ref" };
import { importMentionsCsv } from "./import/importMentionsCsvApi" with { type: "ref" };
import { refineMentionSentiment } from "./refinement/refineMentionSentimentJob" with { type: "ref" };
import { sentimentApiMiddleware } from "../server/browserApiMiddleware" with { type: "ref" };

const mentions = ["Company", "MarketIntelligence", "WorkspaceMember"];

// The sentiment panel lives on the company page (src/companies/CompanyProfilePage.tsx).
export const sentimentSpec: Spec = [
  query(getCompanySentiment, { entities: mentions }),
  action(deleteMention, { entities: mentions }),
  // The company page uploads from the browser: CORS and Wasp's default middleware.
  apiNamespace("/api/sentiment", { middlewareConfigFn: sentimentApiMiddleware }),
  api("POST", "/api/sentiment/mentions/import", importMentionsCsv, { auth: true, entities: mentions }),
  // With SENTIMENT_LLM_REFINEMENT=on and an LLM configured, submitted after an import.
  job(refineMentionSentiment, { executor: "PgBoss", entities: ["MarketIntelligence"] }),
];
