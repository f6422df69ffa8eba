#!/usr/bin/env node
// Serves the built client like the production static host: files as they are,
// 200.html for every unknown path (Wasp's build has no index.html for
// client-side routes), with the security headers the Fly client app is
// configured to send (scripts/fly/static-client-headers.mjs).
//   node scripts/serve-static-client.mjs <build directory> <port> <API server URL>
import http from "node:http";
import sirv from "sirv";
import { staticClientHeaders } from "./fly/static-client-headers.mjs";

const [directory, port = "3000", apiUrl = process.env.REACT_APP_API_URL] = process.argv.slice(2);
if (!directory || !apiUrl) {
  console.error("usage: serve-static-client.mjs <build directory> [port] <API server URL>");
  process.exit(2);
}

const headers = Object.entries(staticClientHeaders(apiUrl));
const serveBuild = sirv(directory, { single: "200.html", etag: true, dev: false });
http
  .createServer((req, res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    serveBuild(req, res);
  })
  .listen(Number(port), "127.0.0.1", () => console.log(`static client on http://localhost:${port}`));
