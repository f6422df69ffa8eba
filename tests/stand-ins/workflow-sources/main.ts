import { parseArgs } from "node:util";
import { startWorkflowSourcesStandIn } from "./workflowSourcesStandIn.ts";

// node tests/stand-ins/workflow-sources/main.ts --port 4016 --news-api-key <key> --chat-webhook-path /services/T0/B0/<token>
// n8n's workflows reach it through NEWSAPI_BASE_URL, HN_SEARCH_BASE_URL and HYPERFORMANT_CHAT_WEBHOOK_URL.
const { values } = parseArgs({ options: { port: { type: "string", default: "4016" }, "news-api-key": { type: "string" }, "chat-webhook-path": { type: "string" } } });
if (!values["news-api-key"] || !values["chat-webhook-path"]) throw new Error("--news-api-key and --chat-webhook-path are required");
const standIn = await startWorkflowSourcesStandIn({ port: Number(values.port), newsApiKey: values["news-api-key"], chatWebhookPath: values["chat-webhook-path"] });
console.log(`workflow sources stand-in listening on ${standIn.url}`);
const stop = () => void standIn.close().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
