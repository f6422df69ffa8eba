import { action, api, apiNamespace, job, page, query, route, type Spec } from "@wasp.sh/spec";
import { CompaniesPage } from "./CompaniesPage" with { type: "ref" };
import { CompanyProfilePage } from "./CompanyProfilePage" with { type: "ref" };
import { CompetitorMapPage } from "./competitors/CompetitorMapPage" with { type: "ref" };
import {
  archiveCompany,
  createCompany,
  deleteCompany,
  getCompanies,
  getCompany,
  updateCompany,
} from "./operations" with { type: "ref" };
import { getCompanyImport, getRecentCompanyImports } from "./import/companyImportOperations" with { type: "ref" };
import { uploadCompanyCsv } from "./import/uploadCompanyCsvApi" with { type: "ref" };
import { importCompanies } from "./import/importCompaniesJob" with { type: "ref" };
import { recoverStalledImports } from "./import/recoverStalledImportsJob" with { type: "ref" };
import { exportCompaniesCsv } from "./export/exportCompaniesApi" with { type: "ref" };
import { enrichCompanies } from "./enrichment/enrichCompaniesJob" with { type: "ref" };
import { linkApolloProspects } from "./prospects/linkApolloProspectsJob" with { type: "ref" };
import {
  getCompetitorMap,
  removeCompetitorLink,
  respondToCompetitorSuggestion,
  saveCompetitorLink,
  setCompanyPositioning,
  suggestCompetitors,
  updateCompetitorLink,
} from "./competitors/operations" with { type: "ref" };
import { addMarketDataPoint, deleteMarketDataPoint, getCompanyMarketData } from "./marketData/operations" with { type: "ref" };
import { importMarketDataCsv } from "./marketData/importMarketDataCsvApi" with { type: "ref" };
import { companiesApiMiddleware } from "../server/browserApiMiddleware" with { type: "ref" };

const signedIn = { authRequired: true };
const companies = ["Company", "WorkspaceMember"];
const competitors = ["Company", "CompetitorAnalysis", "WorkspaceMember"];
const marketData = ["Company", "MarketData", "WorkspaceMember"];
const imports = ["Company", "CompanyImport", "CompanyImportRow", "WorkspaceMember"];

export const companiesSpec: Spec = [
  route("CompaniesRoute", "/app/companies", page(CompaniesPage, signedIn)),
  route("CompanyProfileRoute", "/app/companies/:companyId", page(CompanyProfilePage, signedIn)),
  route("CompetitorMapRoute", "/app/companies/:companyId/competitors", page(CompetitorMapPage, signedIn)),

  query(getCompanies, { entities: companies }),
  query(getCompany, { entities: ["Company", "CompetitorAnalysis", "MarketData", "WorkspaceMember"] }),
  action(createCompany, { entities: companies }),
  action(updateCompany, { entities: companies }),
  action(archiveCompany, { entities: companies }),
  action(deleteCompany, { entities: companies }),

  // The pages call these from the browser: CORS and the rest of Wasp's default middleware.
  apiNamespace("/api/companies", { middlewareConfigFn: companiesApiMiddleware }),
  api("POST", "/api/companies/import", uploadCompanyCsv, { auth: true, entities: imports }),
  query(getCompanyImport, { entities: imports }),
  query(getRecentCompanyImports, { entities: imports }),
  job(importCompanies, { executor: "PgBoss", entities: imports }),
  // Every minute: an import whose run died is resumed by a new run, or fails with the reason.
  job(recoverStalledImports, { executor: "PgBoss", entities: ["CompanyImport"], schedule: { cron: "* * * * *" } }),
  api("GET", "/api/companies/export", exportCompaniesCsv, { auth: true, entities: companies }),

  // Submitted when companies are added; every 15 minutes it also refreshes week-old
  // enrichments and resumes work a rate limit interrupted.
  job(enrichCompanies, {
    executor: "PgBoss",
    entities: ["Company", "Workspace"],
    schedule: { cron: "*/15 * * * *" },
  }),

  // After an Apollo list sync: its contacts and accounts meet their companies; new domains become prospects.
  job(linkApolloProspects, { executor: "PgBoss", entities: ["Company", "ApolloContact", "ApolloAccount"] }),

  query(getCompetitorMap, { entities: competitors }),
  action(saveCompetitorLink, { entities: competitors }),
  action(updateCompetitorLink, { entities: competitors }),
  action(removeCompetitorLink, { entities: competitors }),
  action(suggestCompetitors, { entities: competitors }),
  action(respondToCompetitorSuggestion, { entities: competitors }),
  action(setCompanyPositioning, { entities: companies }),

  query(getCompanyMarketData, { entities: marketData }),
  action(addMarketDataPoint, { entities: marketData }),
  action(deleteMarketDataPoint, { entities: marketData }),
  api("POST", "/api/companies/:companyId/market-data/import", importMarketDataCsv, { auth: true, entities: marketData }),
];
