import type { QuotaUsage } from "../usage";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { cn } from "../../client/cn";
import { usageShare } from "../billingFormat";

/** Each counted quota as a bar: used against the plan's limit. */
export function UsageCard({ usage }: { usage: QuotaUsage[] }) {
  return (
    <Card>
      <CardTitle>Usage</CardTitle>
      <ul className="mt-4 space-y-4">
        {usage.map((row) => {
          const { percent, full } = usageShare(row.used, row.limit);
          return (
            <li key={row.quota} data-testid={`usage-${row.quota}`}>
              <div className="flex justify-between text-sm">
                <span className="text-slate-700">{row.label}</span>
                <span className={cn("font-medium", full ? "text-red-700" : "text-slate-900")}>
                  {row.used.toLocaleString("en-US")} of {row.limit.toLocaleString("en-US")}
                </span>
              </div>
              <div className="mt-1 h-2 rounded bg-slate-100" role="progressbar" aria-label={row.label} aria-valuenow={row.used} aria-valuemin={0} aria-valuemax={row.limit}>
                <div className={cn("h-2 rounded", full ? "bg-red-500" : "bg-indigo-500")} style={{ width: `${percent}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
