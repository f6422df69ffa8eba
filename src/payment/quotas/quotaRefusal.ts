import { planRaising, plans, quotaLabels, type PlanId, type QuotaName } from "../plans";

export interface QuotaCheck {
  plan: PlanId;
  quota: QuotaName;
  used: number;
  /** How many more the request would take. */
  adding: number;
}

/**
 * The words of a 402: which limit of which plan, how much is used, and how to
 * raise it. Undefined when the request fits.
 */
export function quotaRefusal({ plan, quota, used, adding }: QuotaCheck): string | undefined {
  const limit = plans[plan].quotas[quota];
  if (used + adding <= limit) return undefined;
  const { label, unit } = quotaLabels[quota];
  const upgrade = planRaising(quota, plan);
  const wanted = adding === 1 ? "" : ` This needs ${adding.toLocaleString("en-US")} more.`;
  const raise = upgrade
    ? `Upgrade to ${upgrade.name} (${upgrade.quotas[quota].toLocaleString("en-US")} ${unit}) on the Billing page.`
    : "This is the largest plan: contact us through the form on the home page for more.";
  return `${label}: your ${plans[plan].name} plan allows ${limit.toLocaleString("en-US")} ${unit} and this workspace uses ${used.toLocaleString("en-US")}.${wanted} ${raise}`;
}
