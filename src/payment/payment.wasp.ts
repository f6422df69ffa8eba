import { action, api, page, query, route, type Spec } from "@wasp.sh/spec";
import { BillingPage } from "./BillingPage" with { type: "ref" };
import { PricingPage } from "./PricingPage" with { type: "ref" };
import { CheckoutResultPage } from "./CheckoutResultPage" with { type: "ref" };
import { getBillingOverview, getPricing, openCustomerPortal, startCheckout } from "./operations" with { type: "ref" };
import { paymentsWebhook, paymentsWebhookMiddleware } from "./webhook/paymentsWebhookApi" with { type: "ref" };

const signedIn = { authRequired: true };
const billing = ["Workspace", "WorkspaceMember", "WorkspaceInvitation", "Company", "MarketReport", "ApolloSmartList", "BillingSubscription", "BillingLedgerEntry"];

export const paymentSpec: Spec = [
  route("PricingRoute", "/pricing", page(PricingPage)),
  route("BillingRoute", "/app/billing", page(BillingPage, signedIn)),
  route("CheckoutSuccessRoute", "/app/billing/checkout/success", page(CheckoutResultPage, signedIn)),
  route("CheckoutCancelledRoute", "/app/billing/checkout/cancelled", page(CheckoutResultPage, signedIn)),

  // Public: the pricing page is for visitors too.
  query(getPricing, { entities: [], auth: false }),
  query(getBillingOverview, { entities: billing }),
  action(startCheckout, { entities: billing }),
  action(openCustomerPortal, { entities: billing }),

  // The provider's events: verified on the raw body, applied exactly once (src/payment/webhook/).
  api("POST", "/payments-webhook", paymentsWebhook, {
    auth: false,
    entities: ["Workspace", "BillingSubscription", "BillingLedgerEntry", "PaymentEvent"],
    middlewareConfigFn: paymentsWebhookMiddleware,
  }),
];
