#!/usr/bin/env node
// Serves the built client like a static host: files as they are, 200.html for
// every unknown path (Wasp's build has no index.html for client-side routes).
import http from "node:http";
import sirv from "sirv";

const [directory, port = "3000"] = process.argv.slice(2);
if (!directory) {
  console.error("usage: serve-static-client.mjs <build directory> [port]");
  process.exit(2);
}

const serveBuild = sirv(directory, { single: "200.html", etag: true, dev: false });
http
  .createServer((req, res) => serveBuild(req, res))
  .listen(Number(port), "127.0.0.1", () => console.log(`static client on http://localhost:${port}`));
