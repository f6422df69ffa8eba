import type { CataloguePrice, CheckoutSessionObject, SubscriptionObject } from "./stripeEvents.ts";

/**
 * The stand-in's hosted pages (what Stripe Checkout and the customer portal are
 * to a browser), as small, plain HTML a Playwright test can click through:
 * checkout has a "Pay" button and a "Cancel" link, the portal a "Cancel plan"
 * button and a "Return" link. Every value is HTML-escaped.
 */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const money = (amount: number, currency: string) => `${(amount / 100).toFixed(2)} ${currency.toUpperCase()}`;

export function page(title: string, content: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1>${content}</body></html>`;
}

export function checkoutPage(session: CheckoutSessionObject, lineItems: { price: string; quantity: number }[], prices: Record<string, CataloguePrice>): string {
  const items = lineItems.map(({ price, quantity }) => {
    const { unitAmount, currency, interval } = prices[price];
    return `<li>${escapeHtml(price)} × ${quantity}: ${money(unitAmount * quantity, currency)}${interval ? ` per ${interval}` : ""}</li>`;
  });
  const pay =
    session.status === "open"
      ? `<form method="post" action="/checkout/${escapeHtml(session.id)}/pay"><button type="submit">Pay</button></form>`
      : `<p>This session is ${escapeHtml(session.status)}.</p>`;
  const cancel = session.cancel_url ? `<p><a href="${escapeHtml(session.cancel_url)}">Cancel</a></p>` : "";
  return page("Stand-in checkout", `<ul>${items.join("")}</ul><p>Total: <strong>${money(session.amount_total, session.currency)}</strong></p>${pay}${cancel}`);
}

export function portalPage(portalId: string, returnUrl: string | null, subscriptions: SubscriptionObject[]): string {
  const rows = subscriptions.map((subscription) => {
    const item = subscription.items.data[0];
    const until = new Date(item.current_period_end * 1000).toISOString().slice(0, 10);
    const price = item.price.unit_amount === null ? "" : ` ${money(item.price.unit_amount * item.quantity, item.price.currency)} per ${item.price.recurring.interval},`;
    return `<li>${escapeHtml(item.price.id)} (${escapeHtml(subscription.status)}),${price} ${subscription.cancel_at_period_end ? "cancels" : "renews"} on ${until}</li>`;
  });
  const list = rows.length > 0 ? `<ul>${rows.join("")}</ul>` : "<p>No subscription.</p>";
  const cancel = `<form method="post" action="/portal/${escapeHtml(portalId)}/cancel"><button type="submit">Cancel plan</button></form>`;
  const back = returnUrl ? `<p><a href="${escapeHtml(returnUrl)}">Return</a></p>` : "";
  return page("Stand-in billing portal", `${list}${cancel}${back}`);
}
