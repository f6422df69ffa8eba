import { Link } from "react-router";
import { useAuth } from "wasp/client/auth";
import { getPricing, useQuery } from "wasp/client/operations";
import { Alert } from "../client/components/ui/Alert";
import { Card } from "../client/components/ui/Card";
import { formatPriceCents } from "./billingFormat";
import type { Pricing } from "./operations";
import { PlanChooser } from "./billing/PlanChooser";

/** Public: every plan and credit pack, read from the plan table; buying happens on the Billing page. */
export function PricingPage() {
  const { data: pricing, error } = useQuery(getPricing);
  const { data: user } = useAuth();
  return <PricingView pricing={pricing} failed={Boolean(error)} signedIn={Boolean(user)} />;
}

export function PricingView({ pricing, failed, signedIn }: { pricing: Pricing | undefined; failed: boolean; signedIn: boolean }) {
  return (
    <section className="mx-auto max-w-6xl space-y-6 px-6 py-12">
        <h1 className="text-3xl font-bold text-slate-900">Pricing</h1>
        {failed && <Alert tone="error">The plans could not be loaded. Reload the page to try again.</Alert>}
        {pricing && !pricing.billingConfigured && (
          <Alert tone="info">Billing is not configured on this server: these are the plans, but they cannot be bought here yet.</Alert>
        )}
        {pricing && (
          <>
            <PlanChooser pricing={pricing} />
            <Card>
              <h2 className="font-semibold text-slate-900">Credit packs</h2>
              <p className="mt-1 text-sm text-slate-600">One report credit writes one AI market report. Packs never expire and add to any plan.</p>
              <ul className="mt-3 flex flex-wrap gap-4 text-sm">
                {pricing.creditPacks.map((pack) => (
                  <li key={pack.id} className="rounded-md bg-slate-50 px-3 py-2 ring-1 ring-slate-200">
                    {pack.credits} credits · {formatPriceCents(pack.priceCents)}
                  </li>
                ))}
              </ul>
            </Card>
            <p>
              <Link to={signedIn ? "/app/billing" : "/signup"} className="rounded-md bg-indigo-600 px-3.5 py-2 text-sm font-semibold text-white hover:bg-indigo-500">
                {signedIn ? "Choose a plan for your workspace" : "Start free"}
              </Link>
            </p>
          </>
        )}
      </section>
  );
}
