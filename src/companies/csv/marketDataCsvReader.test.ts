import { describe, expect, it } from "vitest";
import { MarketDataCsvFormatError, parseMetricValue, readMarketDataCsv, type MarketDataCsvRecord } from "./marketDataCsvReader";

async function readAll(text: string): Promise<MarketDataCsvRecord[]> {
  const records: MarketDataCsvRecord[] = [];
  for await (const record of readMarketDataCsv([text])) records.push(record);
  return records;
}

describe("readMarketDataCsv", () => {
  it("reads points with their units and dates", async () => {
    expect(await readAll('metric,value,unit,observed_at\nWebsite visits,"12,345",visits,2026-03-31\nARR,2.5,,2026-04-01T12:00:00Z\n')).toEqual([
      { line: 2, ok: true, point: { metric: "Website visits", value: 12_345, unit: "visits", observedAt: new Date("2026-03-31") } },
      { line: 3, ok: true, point: { metric: "ARR", value: 2.5, unit: null, observedAt: new Date("2026-04-01T12:00:00Z") } },
    ]);
  });

  it("reports bad values and dates by line", async () => {
    const records = await readAll("metric,value,date\nX,12%,2026-01-01\nX,1,31/01/2026\nX,1,2999-01-01\n,1,2026-01-01\n");
    expect(records.map((record) => (record.ok ? "ok" : record.reason))).toEqual([
      expect.stringMatching(/"12%" is not a number/),
      expect.stringMatching(/not a date/),
      expect.stringMatching(/future/),
      expect.stringMatching(/Name the metric/),
    ]);
  });

  it("needs metric, value and observed_at columns", async () => {
    await expect(readAll("metric,amount\nX,1\n")).rejects.toThrow(MarketDataCsvFormatError);
    await expect(readAll("when,how much\n2026-01-01,3\n")).rejects.toThrow(/no metric, value, observed_at column/);
  });
});

describe("parseMetricValue", () => {
  it.each([
    ["1234.5", 1234.5],
    ["1,234.5", 1234.5],
    ["-3", -3],
    ["1,23", undefined],
    ["abc", undefined],
    ["", undefined],
  ])("%j -> %j", (text, value) => {
    expect(parseMetricValue(text)).toBe(value);
  });
});
