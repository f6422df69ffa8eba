/** What one webhook event did, recorded with it (PaymentEvent.outcome). */
export type EffectOutcome = "applied" | "stale" | "ignored" | "unmatched";

export interface EffectResult {
  outcome: EffectOutcome;
  workspaceId?: string;
  /** Why an event was unmatched, for the log. */
  reason?: string;
}
