import { action, query, type Spec } from "@wasp.sh/spec";
import {
  archiveCompany,
  createCompany,
  deleteCompany,
  getCompanies,
  updateCompany,
} from "./operations" with { type: "ref" };

const companyEntities = ["Company", "WorkspaceMember"];

// The Companies page itself is routed in src/client/appShell.wasp.ts.
export const companiesSpec: Spec = [
  query(getCompanies, { entities: companyEntities }),
  action(createCompany, { entities: companyEntities }),
  action(updateCompany, { entities: companyEntities }),
  action(archiveCompany, { entities: companyEntities }),
  action(deleteCompany, { entities: companyEntities }),
];
