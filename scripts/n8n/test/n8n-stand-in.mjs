// A local stand-in for n8n's public REST API (/api/v1), following the shapes of n8n's OpenAPI
// document: X-N8N-API-KEY auth, cursor pagination, workflow create/update/activate, credential
// create. It keeps what it received so tests can assert it, and can fail on purpose.
import { randomBytes, randomUUID } from "node:crypto";
import { createServer } from "node:http";

const WORKFLOW_BODY_FIELDS = ["name", "nodes", "connections", "settings", "staticData"];
const REQUIRED_WORKFLOW_FIELDS = ["name", "nodes", "connections", "settings"];

const newWorkflowId = () => randomBytes(12).toString("base64url").slice(0, 16);

/**
 * startN8nStandIn({ apiKey, maxPageSize, workflows }) → { url, state, failNext, close }.
 * maxPageSize caps every page below the requested limit, as a client must cope with.
 * failNext({ method, path, status, headers }) makes the next matching request fail once.
 */
export async function startN8nStandIn({ apiKey, maxPageSize = 250, workflows = [] } = {}) {
  const state = {
    workflows: workflows.map((workflow) => ({ active: false, settings: {}, staticData: null, ...workflow })),
    credentials: [],
    requests: [],
  };
  const failures = [];

  function send(response, status, body, headers = {}) {
    response.writeHead(status, { "content-type": "application/json", ...headers });
    response.end(JSON.stringify(body));
  }

  function workflowBodyProblem(body) {
    if (typeof body !== "object" || body === null) return "request/body must be object";
    const extra = Object.keys(body).find((key) => !WORKFLOW_BODY_FIELDS.includes(key));
    if (extra) return "request/body must NOT have additional properties";
    const missing = REQUIRED_WORKFLOW_FIELDS.find((key) => body[key] === undefined);
    if (missing) return `request/body must have required property '${missing}'`;
    return undefined;
  }

  async function handle(request, response) {
    const url = new URL(request.url, "http://stand-in");
    let raw = "";
    for await (const chunk of request) raw += chunk;
    let body;
    try {
      body = raw === "" ? undefined : JSON.parse(raw);
    } catch {
      return send(response, 400, { message: "request body is not JSON" });
    }
    state.requests.push({
      method: request.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      apiKeyHeader: request.headers["x-n8n-api-key"],
      body,
    });

    if (url.pathname === "/healthz") return send(response, 200, { status: "ok" });
    if (!url.pathname.startsWith("/api/v1/")) return send(response, 404, { message: "not found" });

    const key = request.headers["x-n8n-api-key"];
    if (key === undefined) return send(response, 401, { message: "'X-N8N-API-KEY' header required" });
    if (key !== apiKey) return send(response, 401, { message: "unauthorized" });

    const failureIndex = failures.findIndex(
      (f) => f.method === request.method && url.pathname.startsWith(`/api/v1${f.path}`),
    );
    if (failureIndex >= 0) {
      const [failure] = failures.splice(failureIndex, 1);
      return send(response, failure.status, { message: `stand-in failure ${failure.status}` }, failure.headers);
    }

    const route = `${request.method} ${url.pathname.replace(/^\/api\/v1/, "")}`;
    let match;
    if (route === "GET /workflows") {
      const limit = Number(url.searchParams.get("limit") ?? 100);
      if (!Number.isInteger(limit) || limit < 1 || limit > 250) {
        return send(response, 400, { message: "request/query/limit must be <= 250" });
      }
      const cursor = url.searchParams.get("cursor");
      const offset = cursor ? Number(Buffer.from(cursor, "base64url").toString()) : 0;
      if (!Number.isInteger(offset) || offset < 0) return send(response, 400, { message: "invalid cursor" });
      const pageSize = Math.min(limit, maxPageSize);
      const data = state.workflows.slice(offset, offset + pageSize);
      const next = offset + pageSize;
      const nextCursor = next < state.workflows.length ? Buffer.from(String(next)).toString("base64url") : null;
      return send(response, 200, { data, nextCursor });
    }
    if (route === "POST /workflows") {
      const problem = workflowBodyProblem(body);
      if (problem) return send(response, 400, { message: problem });
      const now = new Date().toISOString();
      const workflow = { id: newWorkflowId(), active: false, staticData: null, ...body, createdAt: now, updatedAt: now };
      state.workflows.push(workflow);
      return send(response, 200, workflow);
    }
    if ((match = route.match(/^(GET|PUT) \/workflows\/([^/]+)$/))) {
      const workflow = state.workflows.find((w) => w.id === decodeURIComponent(match[2]));
      if (!workflow) return send(response, 404, { message: "Not Found" });
      if (match[1] === "GET") return send(response, 200, workflow);
      const problem = workflowBodyProblem(body);
      if (problem) return send(response, 400, { message: problem });
      Object.assign(workflow, { staticData: null }, body, { updatedAt: new Date().toISOString() });
      return send(response, 200, workflow);
    }
    if ((match = route.match(/^POST \/workflows\/([^/]+)\/(activate|deactivate)$/))) {
      const workflow = state.workflows.find((w) => w.id === decodeURIComponent(match[1]));
      if (!workflow) return send(response, 404, { message: "Not Found" });
      workflow.active = match[2] === "activate";
      return send(response, 200, workflow);
    }
    if (route === "POST /credentials") {
      if (!body || typeof body.name !== "string" || typeof body.type !== "string" || typeof body.data !== "object") {
        return send(response, 400, { message: "request/body must have required property 'name', 'type', 'data'" });
      }
      const now = new Date().toISOString();
      const credential = { id: newWorkflowId(), name: body.name, type: body.type, createdAt: now, updatedAt: now };
      state.credentials.push({ ...credential, data: body.data });
      return send(response, 200, credential);
    }
    return send(response, 404, { message: "not found" });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => send(response, 500, { message: error.message }));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    failNext: (failure) => failures.push({ headers: {}, ...failure }),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** A minimal valid workflow as n8n would list it, for seeding the stand-in. */
export function sampleWorkflow(name, overrides = {}) {
  return {
    id: newWorkflowId(),
    name,
    active: false,
    nodes: [
      {
        id: randomUUID(),
        name: "Start",
        type: "n8n-nodes-base.manualTrigger",
        typeVersion: 1,
        position: [0, 0],
        parameters: {},
      },
    ],
    connections: {},
    settings: { executionOrder: "v1" },
    staticData: null,
    ...overrides,
  };
}
