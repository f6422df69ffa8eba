import { parseArgs } from "node:util";
import { startApolloStandIn } from "./apolloStandIn.ts";

// node tests/stand-ins/apollo/main.ts --port 4010
const { values } = parseArgs({ options: { port: { type: "string", default: "4010" } } });
const standIn = await startApolloStandIn({ port: Number(values.port) });
console.log(`apollo stand-in listening on ${standIn.url}`);

const stop = () => {
  void standIn.close().then(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
