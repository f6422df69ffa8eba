import { getBillingOverview, openCustomerPortal, startCheckout, useQuery } from "wasp/client/operations";
import { useState } from "react";
import { Alert } from "../client/components/ui/Alert";
import { Card, CardTitle } from "../client/components/ui/Card";
import { useActionRunner } from "../client/useActionRunner";
import { CreditsCard } from "./billing/CreditsCard";
import { PlanCard } from "./billing/PlanCard";
import { PlanChooser } from "./billing/PlanChooser";
import { UsageCard } from "./billing/UsageCard";
import type { BillingOverview } from "./operations";
import type { BillingInterval, CreditPackId, PlanId } from "./plans";

/** Polled, so a plan bought or cancelled in another tab shows as soon as its webhook lands. */
const REFRESH_MS = 4_000;

/** The workspace's plan, usage against its quotas, credits and their history; owners and admins buy and manage here. */
export function BillingPage() {
  const { data: overview, error } = useQuery(getBillingOverview, undefined, { refetchInterval: REFRESH_MS });
  const { error: actionError, run } = useActionRunner("Billing could not be opened. Try again in a moment.");
  const [busy, setBusy] = useState(false);

  async function goTo(request: () => Promise<{ url: string }>) {
    setBusy(true);
    let url: string | undefined;
    await run(async () => {
      url = (await request()).url;
    });
    if (url) window.location.assign(url);
    else setBusy(false);
  }
  return (
    <section className="max-w-5xl space-y-6">
      <h1 className="text-2xl font-bold text-slate-900">Billing</h1>
      {error && <Alert tone="error">Billing could not be loaded. Reload the page to try again.</Alert>}
      {actionError && <Alert tone="error">{actionError}</Alert>}
      {overview && (
        <BillingView
          overview={overview}
          busy={busy}
          onChoosePlan={(plan, interval) => goTo(() => startCheckout({ product: { kind: "plan", plan, interval } }))}
          onBuyPack={(pack) => goTo(() => startCheckout({ product: { kind: "creditPack", pack } }))}
          onManage={() => goTo(() => openCustomerPortal())}
        />
      )}
    </section>
  );
}

interface BillingViewProps {
  overview: BillingOverview;
  busy: boolean;
  onChoosePlan: (plan: Exclude<PlanId, "FREE">, interval: BillingInterval) => void;
  onBuyPack: (pack: CreditPackId) => void;
  onManage: () => void;
}

/** What the page shows of an overview; buying and managing only for owners and admins on a server that can bill. */
export function BillingView({ overview, busy, onChoosePlan, onBuyPack, onManage }: BillingViewProps) {
  const canBuy = overview.canManageBilling && overview.pricing.billingConfigured;
  return (
    <>
      <p className="text-slate-600">{overview.workspace.name}: plans, quotas and credits belong to the workspace and are shared by its members.</p>
      {!overview.pricing.billingConfigured && (
        <Alert tone="info">Billing is not configured on this server, so plans cannot be bought here. Your workspace keeps its current plan.</Alert>
      )}
      {overview.pricing.billingConfigured && !overview.canManageBilling && (
        <Alert tone="info">Only the workspace's owners and admins can change its plan or buy credits.</Alert>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        <PlanCard overview={overview} onManage={canBuy ? onManage : undefined} busy={busy} />
        <UsageCard usage={overview.usage} />
      </div>
      <CreditsCard overview={overview} onBuyPack={canBuy ? onBuyPack : undefined} busy={busy} />
      <Card>
        <CardTitle>Plans</CardTitle>
        <div className="mt-4">
          <PlanChooser
            pricing={overview.pricing}
            currentPlan={overview.plan.id}
            onChoose={overview.plan.id === "FREE" ? onChoosePlan : undefined}
            chooseDisabledReason={canBuy ? undefined : "Only owners and admins can buy, on a server with billing configured"}
            busy={busy}
          />
          {overview.plan.id !== "FREE" && <p className="mt-3 text-sm text-slate-600">To move to another plan or cancel, use Manage billing and invoices above.</p>}
        </div>
      </Card>
    </>
  );
}
