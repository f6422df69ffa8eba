import { ComingSoon } from "../client/components/ComingSoon";

export function ReportsPage() {
  return (
    <ComingSoon
      title="Reports"
      description="AI market reports (market overview, competitor positioning, sentiment and recommendations), on screen, as PDF and by email."
    />
  );
}
