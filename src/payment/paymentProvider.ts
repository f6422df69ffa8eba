import type { BillingEvent } from "./billingEvents";

/**
 * What Hyperformant needs from a payment provider. Stripe is the first
 * (src/payment/stripe/); another (Lemon Squeezy, Polar) implements the same
 * three things and the rest of billing does not change.
 */
export interface PaymentProvider {
  readonly name: string;
  /** A hosted checkout page for one price; the workspace rides along in metadata for the webhook. */
  createCheckoutSession(request: CheckoutRequest): Promise<{ sessionId: string; url: string }>;
  /** The provider's customer of a workspace: the stored one, or a new one. */
  ensureCustomer(request: { existingCustomerId: string | null; workspaceId: string; workspaceName: string; email: string }): Promise<string>;
  /** The hosted page where a customer changes or cancels the plan and finds the invoices. */
  createPortalSession(request: { customerId: string; returnUrl: string }): Promise<{ url: string }>;
  /**
   * Verifies a webhook delivery on its raw bytes and reads it; throws
   * WebhookSignatureError when it is not genuine, UnreadableWebhookEvent when
   * it cannot be read.
   */
  parseWebhook(rawBody: Buffer, signatureHeader: string | undefined): BillingEvent;
}

export interface CheckoutRequest {
  priceId: string;
  mode: "subscription" | "payment";
  customerId: string;
  workspaceId: string;
  successUrl: string;
  cancelUrl: string;
  /** Copied onto the session (and, for subscriptions, the subscription) for the webhook to read. */
  metadata: Record<string, string>;
}

export class WebhookSignatureError extends Error {}

/** A genuine delivery of a type we handle, in a shape we cannot read (another API version): refused, not half-applied. */
export class UnreadableWebhookEvent extends Error {}

/** The provider answered with a refusal we can explain (bad price, unknown customer). */
export class PaymentProviderRefusal extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}
