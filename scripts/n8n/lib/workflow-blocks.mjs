// The building blocks the three workflows share, as n8n node objects: the Header Auth trigger that
// checks the app's signature before answering, and the signed callback to the app. Each workflow in
// scripts/n8n/workflows/ assembles them; scripts/n8n/build-workflows.mjs writes n8n/workflows/*.json.
import { createHash } from "node:crypto";

export const TRIGGER = "Hyperformant trigger";
export const SHARED_SECRET_CREDENTIAL = { id: "hyperformantSharedSecret", name: "Hyperformant shared secret" };
// The same secret (the app's N8N_WEBHOOK_SECRET) as the HMAC key of triggers and callbacks, in a Crypto credential.
export const SIGNING_KEY_CREDENTIAL = { id: "hyperformantSigningKey", name: "Hyperformant signing key" };
const hmac = (workflowKey, name, column, row, value, dataPropertyName) =>
  node(workflowKey, name, "n8n-nodes-base.crypto", 2, column, row, { action: "hmac", type: "SHA256", value, dataPropertyName, encoding: "hex" }, {
    credentials: { crypto: SIGNING_KEY_CREDENTIAL },
  });
// Signatures older or newer than this are refused, as the app refuses callbacks (workflowSignature.ts).
const TOLERANCE_SECONDS = 300;

/** A stable uuid-shaped id from a name, so rebuilding the files changes nothing. */
export function stableId(...parts) {
  const hex = createHash("sha256").update(parts.join("/")).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Nodes get their ids from the workflow's key and their name; positions go left to right. */
export function node(workflowKey, name, type, typeVersion, column, row, parameters, extra = {}) {
  return { id: stableId(workflowKey, name), name, type, typeVersion, position: [column * 240, row * 200], parameters, ...extra };
}

/** A Code node (JavaScript, run once for all items). */
export function code(workflowKey, name, column, row, jsCode) {
  return node(workflowKey, name, "n8n-nodes-base.code", 2, column, row, { jsCode: jsCode.trim() + "\n" });
}

// One part (t or v1) of the trigger's signature header, '' when absent. Plain || so it nests in other expressions.
const signatureField = (field) => `((String($json.headers['x-hyperformant-signature'] || '').match(/(?:^|,)\\s*${field}=([0-9a-f]+)/) || [])[1] || '')`;

/**
 * Webhook (Header Auth: 403 without the secret) → HMAC of "<t>.<body>" → the signature matches and is
 * fresh? → answer 200 "Workflow was started" and go on, or 401 and stop. The app sends
 * JSON.stringify(body), so re-serialising the parsed body gives back the signed bytes.
 */
export function verifiedTrigger(workflowKey, webhookPath) {
  const nodes = [
    node(workflowKey, TRIGGER, "n8n-nodes-base.webhook", 2, 0, 0, {
      httpMethod: "POST",
      path: webhookPath,
      authentication: "headerAuth",
      responseMode: "responseNode",
      options: {},
    }, { webhookId: stableId(workflowKey, "webhook"), credentials: { httpHeaderAuth: SHARED_SECRET_CREDENTIAL } }),
    hmac(workflowKey, "Expected trigger signature", 1, 0, `={{ ${signatureField("t")} + '.' + JSON.stringify($json.body) }}`, "expectedSignature"),
    node(workflowKey, "Trigger signature valid?", "n8n-nodes-base.if", 2, 2, 0, {
      conditions: {
        options: { caseSensitive: true, leftValue: "", typeValidation: "strict" },
        conditions: [
          {
            id: stableId(workflowKey, "signature matches"),
            leftValue: `={{ ${signatureField("v1")} }}`,
            rightValue: "={{ $json.expectedSignature }}",
            operator: { type: "string", operation: "equals" },
          },
          {
            id: stableId(workflowKey, "signature fresh"),
            leftValue: `={{ Math.abs(Date.now() / 1000 - Number(${signatureField("t")} || 0)) }}`,
            rightValue: TOLERANCE_SECONDS,
            operator: { type: "number", operation: "lte" },
          },
        ],
        combinator: "and",
      },
      options: {},
    }),
    node(workflowKey, "Accept trigger", "n8n-nodes-base.respondToWebhook", 1.1, 3, 0, {
      respondWith: "json",
      responseBody: JSON.stringify({ message: "Workflow was started" }),
      options: { responseCode: 200 },
    }),
    node(workflowKey, "Refuse unsigned trigger", "n8n-nodes-base.respondToWebhook", 1.1, 3, 1, {
      respondWith: "json",
      responseBody: JSON.stringify({ message: "The trigger's signature is not valid." }),
      options: { responseCode: 401 },
    }),
  ];
  const connections = {
    [TRIGGER]: main([["Expected trigger signature"]]),
    "Expected trigger signature": main([["Trigger signature valid?"]]),
    "Trigger signature valid?": main([["Accept trigger"], ["Refuse unsigned trigger"]]),
  };
  return { nodes, connections, accepted: "Accept trigger" };
}

/**
 * The JavaScript of a Code node whose items are callbacks: each returned { stepId, result } becomes
 * the exact body to sign and send, with the trigger's execution, workspace and callback URL.
 */
export function callbackSteps(stepsExpression) {
  return `
// Callbacks to the app: { stepId, result } each, step ids stable so a re-run changes nothing there.
const trigger = $('${TRIGGER}').first().json.body;
const steps = ${stepsExpression.trim()};
const t = Math.floor(Date.now() / 1000);
return steps.map(({ stepId, result }) => ({
  json: {
    callbackUrl: trigger.callbackUrl,
    t,
    // The exact string signed by the next node and sent as the raw body.
    body: JSON.stringify({ executionId: trigger.executionId, stepId, workspaceId: trigger.workspaceId, result }),
  },
}));`;
}

/**
 * Loop Over Items (one at a time) → Crypto (HMAC-SHA256 of "<t>.<body>") → HTTP Request POSTing the
 * raw body signed → back to the loop: the callbacks reach the app one after the other, in order (an
 * HTTP Request node sends its items concurrently, and "succeeded" must not overtake the results).
 * `first` takes the callbacks; the nodes named in `then` run once every one was sent.
 */
export function signedCallback(workflowKey, label, column, row, then = []) {
  const loop = `Each ${label}`;
  const sign = `Sign ${label}`;
  const send = `Send ${label}`;
  const nodes = [
    node(workflowKey, loop, "n8n-nodes-base.splitInBatches", 3, column, row, { batchSize: 1, options: {} }),
    hmac(workflowKey, sign, column + 1, row, "={{ $json.t + '.' + $json.body }}", "signature"),
    node(workflowKey, send, "n8n-nodes-base.httpRequest", 4.2, column + 2, row, {
      method: "POST",
      // The trigger's callbackUrl, unless HYPERFORMANT_API_URL says where this n8n reaches the app (from a container, say).
      url: "={{ $env.HYPERFORMANT_API_URL ? $env.HYPERFORMANT_API_URL.replace(/\\/+$/, '') + '/api/workflows/callback' : $json.callbackUrl }}",
      sendHeaders: true,
      headerParameters: { parameters: [{ name: "x-hyperformant-signature", value: "=t={{ $json.t }},v1={{ $json.signature }}" }] },
      sendBody: true,
      contentType: "raw",
      rawContentType: "application/json",
      body: "={{ $json.body }}",
      options: { timeout: 10000 },
    }, { retryOnFail: true, maxTries: 3, waitBetweenTries: 1000 }),
  ];
  // The loop's outputs: 0 "done" (every item sent), 1 "loop" (the next one).
  const connections = { [loop]: main([then, [sign]]), [sign]: main([[send]]), [send]: main([[loop]]) };
  return { nodes, connections, first: loop };
}

/** An HTTP Request to an external source whose failure takes the error output (index 1) instead of stopping. */
export function sourceRequest(workflowKey, name, column, row, parameters, credentials) {
  return node(workflowKey, name, "n8n-nodes-base.httpRequest", 4.2, column, row, parameters, {
    ...(credentials ? { credentials } : {}),
    onError: "continueErrorOutput",
  });
}

/** n8n's connections shape from [[targets of output 0], [targets of output 1], ...]. */
export function main(outputs) {
  return { main: outputs.map((targets) => targets.map((target) => ({ node: target, type: "main", index: 0 }))) };
}

/**
 * The code of the node that turns a source's error output into the failed callback, with the reason
 * as the source gave it: n8n's HTTP Request reports `<status> - <body as JSON text>`.
 */
export function failureSteps(sourceLabel) {
  return callbackSteps(`
(() => {
  const error = $input.first().json.error ?? {};
  const match = /^(\\d{3}) - ([\\s\\S]*)$/.exec(String(error.message ?? ''));
  const status = error.status ?? (match ? Number(match[1]) : undefined);
  let detail = match ? match[2] : String(error.message ?? '');
  try {
    let parsed = JSON.parse(detail);
    if (typeof parsed === 'string') {
      try { parsed = JSON.parse(parsed); } catch {}
    }
    detail = parsed && typeof parsed === 'object' ? String(parsed.message ?? parsed.error ?? JSON.stringify(parsed)) : String(parsed);
  } catch {}
  const reason = status ? \`${sourceLabel} answered \${status}: \${detail}\` : \`${sourceLabel} could not be reached: \${detail || error.code || 'no detail'}\`;
  return [{ stepId: 'failed', result: { kind: 'status', status: 'failed', error: reason.slice(0, 2000) } }];
})()`);
}

/** A whole workflow file: the id n8n imports it under, active, executions saved for the ledger. */
export function workflowFile({ id, name, nodes, connections }) {
  return {
    id,
    name,
    active: true,
    nodes,
    connections,
    settings: { executionOrder: "v1", saveManualExecutions: true, saveDataErrorExecution: "all", saveDataSuccessExecution: "all" },
    staticData: null,
    pinData: {},
    meta: { templateCredsSetupCompleted: true },
    tags: [],
  };
}
