import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * A Slack-compatible incoming webhook: POST /services/<team>/<channel>/<token>
 * with JSON { text }; answers 200 "ok" (text/html, as Slack does), 404
 * no_service for an unknown webhook, 403 invalid_token for a wrong token,
 * 400 invalid_payload / no_text for bad bodies.
 */
export const CHAT_WEBHOOK_PREFIX = "/services/";
export type ChatMessage = { text: string; receivedAt: string };

const text = (res: ServerResponse, status: number, body: string) => {
  res.writeHead(status, { "content-type": "text/html" });
  res.end(body);
};

export function answerChatWebhook(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer, webhookPath: string, messages: ChatMessage[]) {
  if (req.method !== "POST") return text(res, 405, "invalid_method");
  const [team, channel, token] = url.pathname.slice(CHAT_WEBHOOK_PREFIX.length).split("/");
  const [wantedTeam, wantedChannel, wantedToken] = webhookPath.slice(CHAT_WEBHOOK_PREFIX.length).split("/");
  if (team !== wantedTeam || channel !== wantedChannel) return text(res, 404, "no_service");
  if (token !== wantedToken) return text(res, 403, "invalid_token");
  let payload: { text?: unknown };
  try {
    payload = JSON.parse(body.toString("utf8"));
  } catch {
    return text(res, 400, "invalid_payload");
  }
  if (typeof payload?.text !== "string" || payload.text.trim() === "") return text(res, 400, "no_text");
  messages.push({ text: payload.text, receivedAt: new Date().toISOString() });
  return text(res, 200, "ok");
}
