import { getBillingOverview, useQuery } from "wasp/client/operations";
import { Link, useLocation } from "react-router";
import { Alert } from "../client/components/ui/Alert";
import { Card } from "../client/components/ui/Card";

/** Where the provider's checkout sends the browser back: paid (the webhook may land a moment later) or cancelled. */
export function CheckoutResultPage() {
  const paid = useLocation().pathname.endsWith("/success");
  const { data: overview } = useQuery(getBillingOverview, undefined, { refetchInterval: paid ? 1_500 : false });
  return (
    <section className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold text-slate-900">{paid ? "Thank you" : "Checkout cancelled"}</h1>
      {paid ? (
        <Alert tone="success">Payment received. Your plan and credits update here as soon as Stripe confirms it, usually within seconds.</Alert>
      ) : (
        <Alert tone="info">Nothing was charged. You can choose a plan or a credit pack again at any time.</Alert>
      )}
      {overview && (
        <Card>
          <p className="text-sm text-slate-600">{overview.workspace.name} is on</p>
          <p className="text-2xl font-bold text-slate-900" data-testid="checkout-plan">{overview.plan.name}</p>
          <p className="mt-1 text-sm text-slate-600" data-testid="checkout-credits">{overview.credits.balance} report credits</p>
        </Card>
      )}
      <Link to="/app/billing" className="text-indigo-700 hover:underline">Back to Billing</Link>
    </section>
  );
}
