import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorkflowSourcesStandIn } from "./workflowSourcesStandIn";

/** The stand-ins answer as the real APIs document, errors included: the n8n suite's failure cases rest on them. */
let standIn: Awaited<ReturnType<typeof startWorkflowSourcesStandIn>>;
const hook = "/services/T0/B0/right-token";
beforeAll(async () => {
  standIn = await startWorkflowSourcesStandIn({ newsApiKey: "news-key", chatWebhookPath: hook });
});
afterAll(() => standIn.close());

const news = (query: string, headers: Record<string, string> = { "x-api-key": "news-key" }) => fetch(`${standIn.url}/v2/everything?${query}`, { headers });
const post = (path: string, body: string) => fetch(`${standIn.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body });

describe("NewsAPI /v2/everything", () => {
  it("answers articles about the company in q, the key in X-Api-Key or apiKey", async () => {
    const answer = await news("q=%22Acme%22&pageSize=2");
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { status: string; totalResults: number; articles: Array<{ title: string; source: { name: string }; url: string; publishedAt: string }> };
    expect(body.status).toBe("ok");
    expect(body.totalResults).toBe(4);
    expect(body.articles).toHaveLength(2);
    expect(body.articles[0].title).toContain("Acme raises");
    expect(body.articles[0].publishedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect((await news("q=Acme&apiKey=news-key", {})).status).toBe(200);
  });

  it("refuses a missing or wrong key (401) and a missing q (400) with NewsAPI's codes", async () => {
    expect(await (await news("q=Acme", {})).json()).toMatchObject({ status: "error", code: "apiKeyMissing" });
    const wrong = await news("q=Acme", { "x-api-key": "nope" });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ status: "error", code: "apiKeyInvalid" });
    const missing = await news("language=en");
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ code: "parametersMissing" });
    expect((await news("q=Outage%20Inc")).status).toBe(500);
    expect(await (await news("q=Quiet%20Co")).json()).toEqual({ status: "ok", totalResults: 0, articles: [] });
  });
});

describe("Hacker News search /api/v1/search", () => {
  it("answers Algolia's shape without a key", async () => {
    const body = (await (await fetch(`${standIn.url}/api/v1/search?query=Acme&tags=(story,comment)&hitsPerPage=5`)).json()) as { hits: Array<{ objectID: string; comment_text: string }>; nbHits: number; query: string };
    expect(body.query).toBe("Acme");
    expect(body.hits.map((hit) => hit.objectID)).toEqual(["41000101", "41000102"]);
    expect(body.hits[0].comment_text).toContain("Acme");
    expect((await fetch(`${standIn.url}/api/v1/search?query=Acme&hitsPerPage=x`)).status).toBe(400);
    expect((await fetch(`${standIn.url}/api/v1/search?query=Outage`)).status).toBe(503);
  });
});

describe("the Slack-style incoming webhook", () => {
  it("takes { text } on its path with its token, answering ok, and keeps it", async () => {
    const answer = await post(hook, JSON.stringify({ text: "hello" }));
    expect([answer.status, await answer.text()]).toEqual([200, "ok"]);
    expect(standIn.messages.at(-1)?.text).toBe("hello");
  });

  it("answers Slack's errors: a wrong token, an unknown hook, no text, not JSON", async () => {
    const answers = await Promise.all([
      post("/services/T0/B0/wrong-token", JSON.stringify({ text: "x" })),
      post("/services/T9/B9/right-token", JSON.stringify({ text: "x" })),
      post(hook, JSON.stringify({ blocks: [] })),
      post(hook, "{not json"),
    ]);
    expect(await Promise.all(answers.map(async (answer) => [answer.status, await answer.text()]))).toEqual([
      [403, "invalid_token"],
      [404, "no_service"],
      [400, "no_text"],
      [400, "invalid_payload"],
    ]);
  });
});
