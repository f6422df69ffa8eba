import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { callOperation, signUpVerifiedUser } from "./support/httpClient";
import { runJob, useJobQueue } from "./support/jobQueue";
import { emailsTo, waitForEmail } from "./support/mailCatcher";
import { waitFor } from "./support/polling";

/** Contact messages as admins read and answer them (emailed once when they arrive), and the log browser. */
const marker = `msg${randomUUID().slice(0, 8)}`;
const boss = useJobQueue();
let admin: { email: string; sessionId: string };

type MessagesPage = { messages: Array<{ id: string; name: string; isRead: boolean; repliedAt: string | null }>; unreadCount: number; totalCount: number };
type LogsPage = { logs: Array<{ message: string; level: string; source: string | null; requestId: string | null; workspaceId: string | null; context: string | null }>; totalCount: number; sources: string[] };

beforeAll(async () => {
  admin = await signUpVerifiedUser("messages-admin", process.env.HF_TEST_MESSAGES_ADMIN_EMAIL);
}, 60_000);

const messagesOf = async (filter: string) => {
  const response = await callOperation<MessagesPage>("get-admin-messages", { filter, pageSize: 100 }, admin.sessionId);
  expect(response.status).toBe(200);
  return response.body;
};

describe("contact messages for admins", { timeout: 60_000 }, () => {
  it("a new message is emailed to the admins once, listed unread, opened, marked replied and logged", async () => {
    const sent = await callOperation("submit-contact-form", { name: `Grace ${marker}`, email: "grace@example.test", message: `Do you cover the German market? ${marker}` });
    expect(sent.status).toBe(200);
    const mail = await waitForEmail(admin.email, new RegExp(`New contact message from Grace ${marker}`));
    expect(mail.text).toContain(`Do you cover the German market? ${marker}`);
    expect(mail.text).toMatch(/\/admin\/messages/);

    const unread = await messagesOf("unread");
    const listed = unread.messages.find((message) => message.name === `Grace ${marker}`);
    expect(listed).toMatchObject({ isRead: false, repliedAt: null });
    const id = listed!.id;

    // A redelivered notification job sends nothing more.
    const replay = await runJob(boss, "notifyAdminsOfContactMessage", { messageId: id });
    expect(replay.output).toEqual({ outcome: "already-sent", recipients: 0 });
    expect((await emailsTo(admin.email)).filter((email) => email.subject.includes(marker))).toHaveLength(1);

    const opened = await callOperation<{ message: string; isRead: boolean; replyLink: string }>("open-admin-message", { id }, admin.sessionId);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ message: `Do you cover the German market? ${marker}`, isRead: true });
    expect(opened.body.replyLink).toMatch(/^mailto:grace%40example\.test\?subject=Re/);
    expect((await messagesOf("unread")).messages.some((message) => message.id === id)).toBe(false);

    const replied = await callOperation<{ repliedAt: string | null }>("set-message-replied", { id, replied: true }, admin.sessionId);
    expect(replied.status).toBe(200);
    expect(replied.body.repliedAt).not.toBeNull();
    expect((await messagesOf("unreplied")).messages.some((message) => message.id === id)).toBe(false);
    const logs = await queryRows<{ message: string }>(`SELECT message FROM "Log" WHERE source = 'admin' AND context->>'messageId' = $1`, [id]);
    expect(logs).toEqual([{ message: `${admin.email} marked the message from grace@example.test replied` }]);
  });

  it("answers 404 for a message that does not exist, and the job refuses a bad id", async () => {
    expect((await callOperation("open-admin-message", { id: randomUUID() }, admin.sessionId)).status).toBe(404);
    expect((await callOperation("set-message-replied", { id: randomUUID(), replied: true }, admin.sessionId)).status).toBe(404);
    expect((await runJob(boss, "notifyAdminsOfContactMessage", { messageId: "not-a-uuid" })).state).toBe("failed");
  });
});

describe("the log browser", { timeout: 60_000 }, () => {
  const workspaceId = randomUUID();
  const requestId = `req-${marker}`;

  beforeAll(async () => {
    const rows: Array<[string, string, string, string | null, string | null, string]> = [
      ["ERROR", "server", `${marker} the kettle exploded`, null, requestId, "2026-11-20 10:00:00"],
      ["WARN", marker, `${marker} slow answer`, workspaceId, null, "2026-11-21 10:00:00"],
      ["INFO", marker, `${marker} synced`, workspaceId, null, "2026-11-22 10:00:00"],
      ["INFO", marker, `${marker} other workspace`, randomUUID(), null, "2026-11-22 11:00:00"],
    ];
    for (const [level, source, message, workspace, request, createdAt] of rows) {
      await queryRows(`INSERT INTO "Log" (id, level, source, message, "workspaceId", "requestId", "createdAt", context) VALUES (gen_random_uuid(), $1::"LogLevel", $2, $3, $4, $5, $6, '{"marker": true}')`, [level, source, message, workspace, request, createdAt]);
    }
  });

  const logsOf = async (args: object) => {
    const response = await callOperation<LogsPage>("get-admin-logs", { pageSize: 200, ...args }, admin.sessionId);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body;
  };

  it("filters by source, level, workspace, request id and days, newest first", async () => {
    const bySource = await logsOf({ source: marker });
    expect(bySource.logs.map((log) => log.message)).toEqual([`${marker} other workspace`, `${marker} synced`, `${marker} slow answer`]);
    expect(bySource.sources).toEqual(expect.arrayContaining([marker, "server"]));
    expect((await logsOf({ source: marker, level: "WARN" })).logs.map((log) => log.message)).toEqual([`${marker} slow answer`]);
    expect((await logsOf({ workspaceId })).logs.map((log) => log.message)).toEqual([`${marker} synced`, `${marker} slow answer`]);
    const error = await logsOf({ requestId });
    expect(error.logs).toEqual([expect.objectContaining({ level: "ERROR", source: "server", message: `${marker} the kettle exploded` })]);
    expect(JSON.parse(error.logs[0].context!)).toEqual({ marker: true });
    expect((await logsOf({ source: marker, from: "2026-11-22", to: "2026-11-22" })).totalCount).toBe(2);
    expect((await logsOf({ source: marker, to: "2026-11-20" })).totalCount).toBe(0);
  });

  it("holds the admins' own actions", async () => {
    const actions = await waitFor("an admin action in the log", async () => {
      const page = await logsOf({ source: "admin" });
      return page.logs.find((log) => log.message.startsWith(admin.email)) ?? undefined;
    });
    expect(JSON.parse(actions.context!)).toMatchObject({ adminEmail: admin.email });
  });
});
