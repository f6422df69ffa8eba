/**
 * What refund notices change. The provider reports the running total refunded
 * on a charge, and notices may arrive late, twice or before the payment they
 * undo: each records only money no earlier notice has, and a credit pack's
 * credits go back in proportion to the money refunded, never more than the
 * workspace holds.
 */

/** The money of a refund notice not yet in the ledger. */
export function refundToRecord(refundedSoFarMinor: number, recordedRefundMinor: number): number {
  return Math.max(0, refundedSoFarMinor - recordedRefundMinor);
}

export interface PackRefund {
  packCredits: number;
  paidMinor: number;
  /** Refunded so far on the pack's payment (a positive sum). */
  refundedMinor: number;
  /** Credits already taken back for it. */
  revokedCredits: number;
  balance: number;
}

/** The credits still to take back for a refunded pack. */
export function packCreditsOwed({ packCredits, paidMinor, refundedMinor, revokedCredits, balance }: PackRefund): number {
  if (paidMinor <= 0 || refundedMinor <= 0) return 0;
  const owed = Math.floor(packCredits * Math.min(1, refundedMinor / paidMinor)) - revokedCredits;
  return Math.max(0, Math.min(owed, balance));
}
