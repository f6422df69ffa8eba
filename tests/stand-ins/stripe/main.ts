import { parseArgs } from "node:util";
import { startStripeStandIn } from "./stripeStandIn.ts";

// node tests/stand-ins/stripe/main.ts --port 4012 [--webhook-url http://localhost:3001/payments-webhook --webhook-secret whsec_…]
// Point the app's Stripe client at it with STRIPE_API_HOST=127.0.0.1 STRIPE_API_PORT=4012 STRIPE_API_PROTOCOL=http
// (any key but sk_test_invalid); without a webhook URL and secret, paying sends no webhooks.
const { values } = parseArgs({
  options: { port: { type: "string", default: "4012" }, "webhook-url": { type: "string" }, "webhook-secret": { type: "string" } },
});
const standIn = await startStripeStandIn({ port: Number(values.port), webhookUrl: values["webhook-url"], webhookSecret: values["webhook-secret"] });
console.log(`stripe stand-in listening on ${standIn.url}`);
if (!values["webhook-url"] || !values["webhook-secret"]) console.log("stripe stand-in: no --webhook-url and --webhook-secret, so no webhooks will be sent");

const stop = () => {
  void standIn.close().then(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
