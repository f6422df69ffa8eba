import { getCompanyMarketData, useQuery } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { MarketDataChart } from "../components/MarketDataChart";
import { AddMarketDataPointForm } from "./AddMarketDataPointForm";
import { MarketDataCsvUpload } from "./MarketDataCsvUpload";

/** One chart per metric, and the two ways to add points. */
export function MarketDataSection({ companyId }: { companyId: string }) {
  const { data: series, isLoading, error, refetch } = useQuery(getCompanyMarketData, { companyId });
  const refresh = () => void refetch();
  return (
    <Card id="market-data" className="scroll-mt-24">
      <CardTitle>Market data</CardTitle>
      {isLoading && <p className="mt-3 text-slate-500">Loading market data…</p>}
      {error && <div className="mt-3"><Alert tone="error">Market data could not be loaded.</Alert></div>}
      {series && series.length === 0 && (
        <p className="mt-3 text-sm text-slate-500">No market data yet: add a point below or import a CSV.</p>
      )}
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        {series?.map((metricSeries) => (
          <div key={metricSeries.metric} data-testid="market-data-series">
            <h3 className="text-sm font-semibold text-slate-800">{metricSeries.metric}</h3>
            <MarketDataChart metric={metricSeries.metric} unit={metricSeries.unit} points={metricSeries.points} />
          </div>
        ))}
      </div>
      <div className="mt-6 space-y-4 border-t border-slate-100 pt-4">
        <AddMarketDataPointForm companyId={companyId} onAdded={refresh} />
        <MarketDataCsvUpload companyId={companyId} onImported={refresh} />
      </div>
    </Card>
  );
}
