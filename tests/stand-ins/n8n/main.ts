import { parseArgs } from "node:util";
import { startN8nStandIn } from "./n8nStandIn.ts";

// node tests/stand-ins/n8n/main.ts --port 4015 --secret <N8N_WEBHOOK_SECRET>
// Point the app at it with N8N_URL=http://127.0.0.1:4015 and the same N8N_WEBHOOK_SECRET.
const { values } = parseArgs({ options: { port: { type: "string", default: "4015" }, secret: { type: "string" }, "callback-delay-ms": { type: "string", default: "100" } } });
if (!values.secret) throw new Error("--secret is required (the app's N8N_WEBHOOK_SECRET)");
const standIn = await startN8nStandIn({ port: Number(values.port), secret: values.secret, callbackDelayMs: Number(values["callback-delay-ms"]) });
console.log(`n8n stand-in listening on ${standIn.url}`);
const stop = () => void standIn.close().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
