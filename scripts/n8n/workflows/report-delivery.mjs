// report-delivery: a finished report → a Slack-compatible incoming webhook ({ text }) → the app.
import { callbackSteps, code, failureSteps, main, signedCallback, sourceRequest, verifiedTrigger, workflowFile } from "../lib/workflow-blocks.mjs";

const KEY = "report-delivery";

export function reportDeliveryWorkflow() {
  const trigger = verifiedTrigger(KEY, "hyperformant/report-delivery");
  const started = signedCallback(KEY, "running callback", 5, 0, ["Notification"]);
  const results = signedCallback(KEY, "result callbacks", 11, 0);
  const nodes = [
    ...trigger.nodes,
    code(KEY, "Running", 4, 0, callbackSteps(`[{ stepId: 'started', result: { kind: 'status', status: 'running' } }]`)),
    ...started.nodes,
    code(KEY, "Notification", 8, 0, `
// Slack's mrkdwn: <url|title>. & < > are escaped as Slack asks.
const { reportTitle, reportUrl, workspaceName, summary } = $('Hyperformant trigger').first().json.body.input;
const escape = (value) => String(value ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const lines = [\`*New report for \${escape(workspaceName)}:* <\${reportUrl}|\${escape(reportTitle)}>\`];
if (summary) lines.push(escape(summary).slice(0, 2500));
return [{ json: { payload: JSON.stringify({ text: lines.join('\\n') }) } }];`),
    sourceRequest(KEY, "Post to chat", 9, 0, {
      method: "POST",
      // The incoming webhook's URL is itself the secret: it lives in the instance's environment only.
      url: "={{ $env.HYPERFORMANT_CHAT_WEBHOOK_URL }}",
      sendBody: true,
      contentType: "raw",
      rawContentType: "application/json",
      body: "={{ $json.payload }}",
      // Slack answers a plain "ok", which the default format (autodetect) reads; 2.41.1's "text" format fails on it.
      options: { timeout: 15000 },
    }),
    code(KEY, "Delivered", 10, 0, callbackSteps(`[{ stepId: 'finished', result: { kind: 'status', status: 'succeeded' } }]`)),
    code(KEY, "Delivery failed", 10, 1, failureSteps("The chat webhook")),
    ...results.nodes,
  ];
  const connections = {
    ...trigger.connections,
    [trigger.accepted]: main([["Running"]]),
    Running: main([[started.first]]),
    ...started.connections,
    Notification: main([["Post to chat"]]),
    "Post to chat": main([["Delivered"], ["Delivery failed"]]),
    Delivered: main([[results.first]]),
    "Delivery failed": main([[results.first]]),
    ...results.connections,
  };
  return workflowFile({ id: "hfReportDelivery", name: "Hyperformant report delivery", nodes, connections });
}
