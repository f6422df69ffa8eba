import { useState, type FormEvent } from "react";
import { addMarketDataPoint } from "wasp/client/operations";
import { Button } from "../../client/components/ui/Button";
import { TextField } from "../../client/components/ui/Field";
import { errorMessageOf, fieldErrorOf } from "../../client/operationErrors";

export function AddMarketDataPointForm({ companyId, onAdded }: { companyId: string; onAdded: () => void }) {
  const [metric, setMetric] = useState("");
  const [value, setValue] = useState("");
  const [unit, setUnit] = useState("");
  const [observedAt, setObservedAt] = useState(new Date().toISOString().slice(0, 10));
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await addMarketDataPoint({ companyId, metric, value: Number(value), unit: unit || undefined, observedAt: new Date(observedAt) });
      setValue("");
      onAdded();
    } catch (caught) {
      setError(caught);
    }
  }

  const hasFieldError = ["metric", "value", "unit", "observedAt"].some((field) => fieldErrorOf(error, field));
  return (
    <form onSubmit={submit} className="grid gap-3 sm:grid-cols-5 sm:items-end" aria-label="Add a data point">
      <TextField label="Metric" placeholder="Website visits" value={metric} onChange={(e) => setMetric(e.target.value)} error={fieldErrorOf(error, "metric")} required />
      <TextField label="Value" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} error={fieldErrorOf(error, "value")} required />
      <TextField label="Unit" placeholder="visits" value={unit} onChange={(e) => setUnit(e.target.value)} error={fieldErrorOf(error, "unit")} />
      <TextField label="Observed on" type="date" value={observedAt} onChange={(e) => setObservedAt(e.target.value)} error={fieldErrorOf(error, "observedAt")} required />
      <Button type="submit">Add point</Button>
      {error !== null && !hasFieldError && <p className="text-sm text-red-600 sm:col-span-5">{errorMessageOf(error)}</p>}
    </form>
  );
}
