import type { BillingOverview } from "../operations";
import { Button } from "../../client/components/ui/Button";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { formatBillingDate, formatMoneyMinor, formatPriceCents, ledgerKindLabel, signedCredits } from "../billingFormat";
import type { CreditPackId } from "../plans";

interface CreditsCardProps {
  overview: BillingOverview;
  onBuyPack?: (pack: CreditPackId) => void;
  busy?: boolean;
}

/** The credit balance, packs to buy, and every change to the balance with the balance after it. */
export function CreditsCard({ overview, onBuyPack, busy }: CreditsCardProps) {
  const { credits, pricing } = overview;
  return (
    <Card>
      <CardTitle>Report credits</CardTitle>
      <p className="mt-2 text-3xl font-bold text-slate-900" data-testid="credit-balance">{credits.balance}</p>
      <p className="text-sm text-slate-600">
        left · {credits.reportsThisMonth} {credits.reportsThisMonth === 1 ? "report" : "reports"} completed this month · each completed report spends one
      </p>
      {onBuyPack && (
        <div className="mt-4 flex flex-wrap gap-2">
          {pricing.creditPacks.map((pack) => (
            <Button key={pack.id} variant="secondary" disabled={busy || !pack.purchasable} onClick={() => onBuyPack(pack.id)}>
              Buy {pack.credits} credits · {formatPriceCents(pack.priceCents)}
            </Button>
          ))}
        </div>
      )}
      <h3 className="mt-6 text-sm font-semibold text-slate-900">History</h3>
      {credits.history.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No credit changes yet.</p>
      ) : (
        <table className="mt-2 w-full text-left text-sm" data-testid="credit-history">
          <thead className="text-slate-500">
            <tr>
              <th className="py-1 font-medium">Date</th>
              <th className="py-1 font-medium">What</th>
              <th className="py-1 text-right font-medium">Credits</th>
              <th className="py-1 text-right font-medium">Balance</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {credits.history.map((entry) => (
              <tr key={entry.id}>
                <td className="py-1.5 text-slate-600">{formatBillingDate(entry.createdAt)}</td>
                <td className="py-1.5 text-slate-900">
                  <span className="text-slate-500">{ledgerKindLabel(entry.kind)}:</span> {entry.description}
                  {entry.amountMinor !== null && entry.currency && <span className="text-slate-500"> ({formatMoneyMinor(entry.amountMinor, entry.currency)})</span>}
                </td>
                <td className="py-1.5 text-right font-medium">{signedCredits(entry.creditsDelta)}</td>
                <td className="py-1.5 text-right text-slate-600">{entry.creditsBalanceAfter ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
