import { api, apiNamespace, type Spec } from "@wasp.sh/spec";
import { recordPageView } from "./pageViews/recordPageViewApi" with { type: "ref" };
import { analyticsApiMiddleware } from "./pageViews/pageViewMiddleware" with { type: "ref" };

export const analyticsSpec: Spec = [
  apiNamespace("/api/analytics", { middlewareConfigFn: analyticsApiMiddleware }),
  // Cookieless page views from the web client (src/analytics/pageViews/reportPageView.ts).
  api("POST", "/api/analytics/page-views", recordPageView, { auth: false, entities: [] }),
];
