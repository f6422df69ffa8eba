import { parseArgs } from "node:util";
import { startOpenAiStandIn } from "./openAiStandIn.ts";

// node tests/stand-ins/openai/main.ts --port 4011 [--slow-delay-ms 200]
// Point the app at it with OPENAI_BASE_URL=http://127.0.0.1:4011/v1 (any OPENAI_API_KEY but sk-invalid).
const { values } = parseArgs({ options: { port: { type: "string", default: "4011" }, "slow-delay-ms": { type: "string", default: "200" } } });
const standIn = await startOpenAiStandIn({ port: Number(values.port), slowDelayMs: Number(values["slow-delay-ms"]) });
console.log(`openai stand-in listening on ${standIn.url}`);

const stop = () => {
  void standIn.close().then(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
