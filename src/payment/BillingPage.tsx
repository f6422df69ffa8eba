import { ComingSoon } from "../client/components/ComingSoon";

export function BillingPage() {
  return (
    <ComingSoon
      title="Billing"
      description="Plans and credits, paid securely with Stripe."
    />
  );
}
