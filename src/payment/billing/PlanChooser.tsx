import { useState } from "react";
import type { Pricing } from "../operations";
import { Button } from "../../client/components/ui/Button";
import { Card } from "../../client/components/ui/Card";
import { cn } from "../../client/cn";
import { formatPriceCents } from "../billingFormat";
import { FREE_STARTING_CREDITS, type BillingInterval, type PlanId } from "../plans";

interface PlanChooserProps {
  pricing: Pricing;
  currentPlan?: PlanId;
  /** What choosing a paid plan does; without it the cards only show the plans. */
  onChoose?: (plan: Exclude<PlanId, "FREE">, interval: BillingInterval) => void;
  chooseDisabledReason?: string;
  busy?: boolean;
}

/** The plans side by side with what each allows, monthly or yearly. */
export function PlanChooser({ pricing, currentPlan, onChoose, chooseDisabledReason, busy }: PlanChooserProps) {
  const [interval, setInterval] = useState<BillingInterval>("MONTH");
  return (
    <div className="space-y-4">
      <div className="inline-flex rounded-md ring-1 ring-slate-300" role="group" aria-label="Billing interval">
        {(["MONTH", "YEAR"] as const).map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={interval === option}
            onClick={() => setInterval(option)}
            className={cn("px-3 py-1.5 text-sm font-medium", interval === option ? "bg-indigo-600 text-white" : "bg-white text-slate-700")}
          >
            {option === "MONTH" ? "Monthly" : "Yearly (2 months free)"}
          </button>
        ))}
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        {pricing.plans.map((plan) => {
          const isCurrent = plan.id === currentPlan;
          const purchasable = plan.purchasable.includes(interval);
          return (
            <Card key={plan.id} className={cn(isCurrent && "ring-2 ring-indigo-500")} data-testid={`plan-${plan.id}`}>
              <h3 className="font-semibold text-slate-900">
                {plan.name}
                {isCurrent && <span className="ml-2 rounded bg-indigo-100 px-1.5 py-0.5 text-xs text-indigo-700">Your plan</span>}
              </h3>
              <p className="mt-1 text-sm text-slate-600">{plan.tagline}</p>
              <p className="mt-3 text-2xl font-bold text-indigo-700">
                {plan.priceCents[interval] === 0 ? "Free" : formatPriceCents(plan.priceCents[interval])}
                {plan.priceCents[interval] > 0 && <span className="text-sm font-normal text-slate-500"> / {interval === "MONTH" ? "month" : "year"}</span>}
              </p>
              <ul className="mt-3 space-y-1 text-sm text-slate-600">
                <li>
                  {plan.quotas.reportCreditsPerMonth === 0
                    ? `${FREE_STARTING_CREDITS} report credits to start`
                    : `${plan.quotas.reportCreditsPerMonth} report credits a month`}
                </li>
                <li>{plan.quotas.trackedCompanies.toLocaleString("en-US")} tracked companies</li>
                <li>{plan.quotas.seats} seats</li>
                <li>{plan.quotas.syncedApolloLists} synced Apollo lists</li>
                <li>{plan.quotas.sequenceEnrolmentsPerDay.toLocaleString("en-US")} sequence enrolments a day</li>
              </ul>
              {onChoose && plan.id !== "FREE" && !isCurrent && (
                <Button
                  className="mt-4 w-full"
                  disabled={busy || !purchasable || Boolean(chooseDisabledReason)}
                  title={chooseDisabledReason ?? (purchasable ? undefined : "Not on sale on this server")}
                  onClick={() => onChoose(plan.id as Exclude<PlanId, "FREE">, interval)}
                >
                  Choose {plan.name}
                </Button>
              )}
            </Card>
          );
        })}
      </div>
    </div>
  );
}
