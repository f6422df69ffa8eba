import type { SourceKind } from "../reportDocument";

/** Finds the number of the source that stands for a record. */
export class SourceIndex {
  private readonly numbers = new Map<string, number>();

  add(kind: SourceKind, recordId: string, number: number) {
    this.numbers.set(`${kind}:${recordId}`, number);
  }

  numberOf(kind: SourceKind, recordId: string): number | undefined {
    return this.numbers.get(`${kind}:${recordId}`);
  }

  /** For records that always have a source (every company in the report has its firmographics). */
  requireNumberOf(kind: SourceKind, recordId: string): number {
    const number = this.numberOf(kind, recordId);
    if (number === undefined) throw new Error(`No ${kind} source for ${recordId}`);
    return number;
  }
}

export const seriesRecordId = (companyId: string, metric: string) => `${companyId}/${metric}`;

export const segmentRecordId = (segment: { industry: string | null; sizeBand: string | null }) =>
  `${segment.industry ?? ""}/${segment.sizeBand ?? ""}`;
