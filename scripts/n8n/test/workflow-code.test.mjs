// The workflows' Code nodes run here as n8n runs them (a function of $input and $), so their rules are
// tested fast; tests/n8n/ runs the same files in the real n8n.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "node:test";

const repoWorkflows = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../n8n/workflows");
const trigger = { executionId: "e-1", workspaceId: "w-1", callbackUrl: "http://app.test/api/workflows/callback", input: { companyId: "c-1", companyName: "Acme", domain: "acme.test" } };

/** Runs a Code node of a workflow file on one input item; answers the callback bodies it produced (or its items). */
function runCode(file, nodeName, json) {
  const workflow = JSON.parse(readFileSync(path.join(repoWorkflows, file), "utf8"));
  const { jsCode } = workflow.nodes.find((node) => node.name === nodeName).parameters;
  const $input = { first: () => ({ json }) };
  const $ = (name) => ({ first: () => ({ json: { body: name === "Hyperformant trigger" ? trigger : undefined } }) });
  const items = new Function("$input", "$", jsCode)($input, $);
  return items.map(({ json: item }) => (item.body ? { ...JSON.parse(item.body), callbackUrl: item.callbackUrl, t: item.t } : item));
}

describe("the workflows' Code nodes", () => {
  it("market research: one finding per article, categorised by the first matching rule, then succeeded", () => {
    const article = (title, description = null) => ({ source: { id: null, name: "Wire" }, title, description, url: `https://news.test/${title.length}`, publishedAt: "2026-11-30T10:00:00Z" });
    const callbacks = runCode("market-research.json", "Findings from articles", {
      articles: [article("Acme raises $10M seed round"), article("Acme is hiring engineers"), article("Acme unveils new pricing"), article("Acme at a conference", "A talk."), { title: null, url: null }],
    });
    assert.deepEqual(callbacks.map((c) => c.stepId), ["findings", "finished"]);
    assert.deepEqual(callbacks[0].result.findings.map((f) => f.category), ["FUNDING", "HIRING_SIGNAL", "PRODUCT_CHANGE", "NEWS"]);
    assert.equal(callbacks[0].result.findings[3].text, "Acme at a conference — A talk.");
    assert.deepEqual({ ...callbacks[0], result: undefined, t: undefined }, { executionId: "e-1", stepId: "findings", workspaceId: "w-1", callbackUrl: trigger.callbackUrl, result: undefined, t: undefined });
    assert.equal(callbacks[0].result.companyId, "c-1");
    assert.deepEqual(callbacks[1].result, { kind: "status", status: "succeeded" });
    assert.ok(Number.isInteger(callbacks[0].t));
  });

  it("no articles, no mentions: only succeeded (an empty result would be refused by the app)", () => {
    assert.deepEqual(runCode("market-research.json", "Findings from articles", { status: "ok", totalResults: 0, articles: [] }).map((c) => c.stepId), ["finished"]);
    assert.deepEqual(runCode("sentiment-collection.json", "Mentions from hits", { hits: [] }).map((c) => c.stepId), ["finished"]);
  });

  it("sentiment collection: comments and stories as plain-text mentions linking to Hacker News", () => {
    const [mentions] = runCode("sentiment-collection.json", "Mentions from hits", {
      hits: [
        { objectID: "1", created_at: "2026-11-30T10:00:00Z", author: "pg", comment_text: "Acme&#x27;s API is <i>great</i>.<p>Really &amp; truly." },
        { objectID: "2", created_at: "2026-11-29T10:00:00Z", title: "Show HN: Acme", story_text: null, comment_text: null },
        { objectID: "3", created_at: null, comment_text: "no date" },
      ],
    });
    assert.deepEqual(mentions.result.mentions, [
      { text: "Acme's API is great. Really & truly.", sourceName: "Hacker News", sourceUrl: "https://news.ycombinator.com/item?id=1", author: "pg", publishedAt: "2026-11-30T10:00:00Z" },
      { text: "Show HN: Acme", sourceName: "Hacker News", sourceUrl: "https://news.ycombinator.com/item?id=2", publishedAt: "2026-11-29T10:00:00Z" },
    ]);
  });

  it("a source's error becomes the failed callback with what the source said", () => {
    const reason = (file, node, error) => runCode(file, node, { error })[0].result.error;
    assert.equal(reason("market-research.json", "News search failed", { message: '401 - "{\\"status\\":\\"error\\",\\"code\\":\\"apiKeyInvalid\\",\\"message\\":\\"Your API key is invalid.\\"}"', status: 401 }), "NewsAPI answered 401: Your API key is invalid.");
    assert.equal(reason("report-delivery.json", "Delivery failed", { message: '404 - "no_service"' }), "The chat webhook answered 404: no_service");
    assert.equal(reason("sentiment-collection.json", "Mention search failed", { message: "connect ECONNREFUSED 127.0.0.1:1", code: "ECONNREFUSED" }), "The Hacker News search could not be reached: connect ECONNREFUSED 127.0.0.1:1");
    assert.deepEqual(runCode("market-research.json", "News search failed", {})[0].stepId, "failed");
  });

  it("report delivery: Slack's mrkdwn link, with &, < and > escaped", () => {
    trigger.input = { reportId: "r-1", reportTitle: "Q4 <rivals>", reportUrl: "https://app.test/reports/r-1", workspaceName: "A & B", summary: "Prices up > 5%." };
    const [{ payload }] = runCode("report-delivery.json", "Notification", {});
    assert.deepEqual(JSON.parse(payload), { text: "*New report for A &amp; B:* <https://app.test/reports/r-1|Q4 &lt;rivals&gt;>\nPrices up &gt; 5%." });
  });
});
