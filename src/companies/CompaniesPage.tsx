import { ComingSoon } from "../client/components/ComingSoon";

export function CompaniesPage() {
  return (
    <ComingSoon
      title="Companies"
      description="Track companies and competitors, import them from CSV and enrich them from Apollo."
    />
  );
}
