import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { json, rawBody } from "../shared/httpHelpers.ts";
import { answerChatWebhook, CHAT_WEBHOOK_PREFIX, type ChatMessage } from "./chatWebhook.ts";
import { answerHackerNewsSearch, HN_SEARCH_PATH } from "./hackerNewsSearch.ts";
import { answerNewsSearch, NEWS_API_PATH } from "./newsApi.ts";

/**
 * The external sources the repo's n8n workflows call, on 127.0.0.1, each
 * with its real API's paths, shapes and errors: NewsAPI.org (market
 * research), Hacker News search (sentiment collection) and a Slack-style
 * incoming webhook (report delivery). GET /__stand-in/chat-messages lists
 * what the webhook received; POST /__stand-in/chat-fail-next { status, count }
 * makes the next posts answer that status.
 */
export async function startWorkflowSourcesStandIn(options: { port?: number; newsApiKey: string; chatWebhookPath: string }) {
  if (!options.chatWebhookPath.startsWith(CHAT_WEBHOOK_PREFIX)) throw new Error(`the chat webhook path must start with ${CHAT_WEBHOOK_PREFIX}`);
  const messages: ChatMessage[] = [];
  const requests: Array<{ method: string; path: string }> = [];
  let chatFailNext = { status: 0, count: 0 };

  const server = createServer(async (req, res) => {
    const body = await rawBody(req);
    const url = new URL(req.url ?? "/", "http://stand-in");
    if (url.pathname === "/__stand-in/health") return json(res, 200, { status: "ok" });
    if (url.pathname === "/__stand-in/chat-messages") return json(res, 200, { messages });
    if (url.pathname === "/__stand-in/requests") return json(res, 200, { requests });
    if (req.method === "POST" && url.pathname === "/__stand-in/chat-fail-next") {
      chatFailNext = JSON.parse(body.toString("utf8"));
      return json(res, 200, chatFailNext);
    }
    requests.push({ method: req.method ?? "GET", path: url.pathname });
    if (req.method === "GET" && url.pathname === NEWS_API_PATH) return answerNewsSearch(req, res, url, options.newsApiKey);
    if (req.method === "GET" && url.pathname === HN_SEARCH_PATH) return answerHackerNewsSearch(res, url);
    if (url.pathname.startsWith(CHAT_WEBHOOK_PREFIX)) {
      if (chatFailNext.count > 0) {
        chatFailNext.count -= 1;
        res.writeHead(chatFailNext.status, { "content-type": "text/html" });
        return res.end("channel_is_archived");
      }
      return answerChatWebhook(req, res, url, body, options.chatWebhookPath, messages);
    }
    return json(res, 404, { status: "error", code: "notFound", message: `No route for ${req.method} ${url.pathname}` });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
