import { app } from "@wasp.sh/spec";
import { App } from "./src/client/App" with { type: "ref" };
import { setUpPrismaClient } from "./src/server/db/prismaSetup" with { type: "ref" };
import { serverEnvSchema } from "./src/server/env" with { type: "ref" };
import { configureServerMiddleware } from "./src/server/middleware" with { type: "ref" };
import { seedDemoData } from "./src/server/seeds/demoData" with { type: "ref" };
import { authConfig, emailSenderConfig } from "./src/auth/auth.wasp";
import { authSpec } from "./src/auth/auth.wasp";
import { landingSpec } from "./src/landing-page/landing.wasp";
import { userSpec } from "./src/user/user.wasp";
import { dashboardSpec } from "./src/dashboard/dashboard.wasp";
import { adminSpec } from "./src/admin/admin.wasp";
import { maintenanceSpec } from "./src/server/maintenance/maintenance.wasp";
import { companiesSpec } from "./src/companies/companies.wasp";
import { apolloSpec } from "./src/apollo/apollo.wasp";
import { reportsSpec } from "./src/reports/reports.wasp";
import { sentimentSpec } from "./src/sentiment/sentiment.wasp";
import { workspacesSpec } from "./src/workspaces/workspaces.wasp";
import { paymentSpec } from "./src/payment/payment.wasp";
import { analyticsSpec } from "./src/analytics/analytics.wasp";
import { workflowsSpec } from "./src/workflows/workflows.wasp";
import { setUpServer } from "./src/server/serverSetup" with { type: "ref" };

export default app({
  name: "hyperformant",
  wasp: { version: "^0.25.0" },
  title: "Hyperformant: AI market intelligence",
  head: [
    "<link rel='icon' href='/favicon.ico' />",
    "<meta name='description' content='Hyperformant tracks your market, enriches companies and writes AI market reports.' />",
  ],
  auth: authConfig,
  emailSender: emailSenderConfig,
  client: { rootComponent: App },
  server: {
    setupFn: setUpServer,
    middlewareConfigFn: configureServerMiddleware,
    envValidationSchema: serverEnvSchema,
  },
  db: {
    prismaSetupFn: setUpPrismaClient,
    seeds: [seedDemoData],
  },
  spec: [landingSpec, authSpec, userSpec, workspacesSpec, dashboardSpec, companiesSpec, apolloSpec, reportsSpec, sentimentSpec, paymentSpec, analyticsSpec, workflowsSpec, adminSpec, maintenanceSpec],
});
