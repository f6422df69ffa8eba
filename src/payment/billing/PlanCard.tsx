import type { BillingOverview } from "../operations";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { formatBillingDate, renewalSentence, subscriptionStatusLabel } from "../billingFormat";

interface PlanCardProps {
  overview: BillingOverview;
  onManage?: () => void;
  busy?: boolean;
}

/** The plan the workspace is on, what happens next, and the way to the provider's portal (invoices, card, cancel). */
export function PlanCard({ overview, onManage, busy }: PlanCardProps) {
  const { plan, subscription } = overview;
  return (
    <Card>
      <CardTitle>Plan</CardTitle>
      <p className="mt-2 text-2xl font-bold text-slate-900" data-testid="current-plan">{plan.name}</p>
      {subscription ? (
        <p className="mt-1 text-sm text-slate-600" data-testid="subscription-status">
          {subscription.plan === plan.id ? `${subscription.interval === "YEAR" ? "Yearly" : "Monthly"}, ${subscriptionStatusLabel(subscription.status)}. ` : ""}
          {renewalSentence(subscription)}
        </p>
      ) : (
        <p className="mt-1 text-sm text-slate-600" data-testid="subscription-status">No subscription: the Free plan costs nothing and never expires.</p>
      )}
      {subscription?.lastPaymentFailedAt && (
        <div className="mt-3">
          <Alert tone="error">
            A payment failed on {formatBillingDate(subscription.lastPaymentFailedAt)}. Stripe retries it; update the card under Manage billing to keep the plan.
          </Alert>
        </div>
      )}
      {onManage && overview.hasBillingAccount && (
        <Button className="mt-4" variant="secondary" disabled={busy} onClick={onManage}>
          Manage billing and invoices
        </Button>
      )}
    </Card>
  );
}
