import { escapeHtml } from "../../server/email/escapeHtml";

type Message = { name: string; email: string; message: string; createdAt: Date };

/** The email admins get about a new contact-form message: who, what, and where to answer it. */
export function newMessageEmail(message: Message, adminUrl: string) {
  const excerpt = message.message.length > 1_000 ? `${message.message.slice(0, 1_000)}…` : message.message;
  return {
    subject: `New contact message from ${message.name}`,
    text: `${message.name} <${message.email}> wrote on ${message.createdAt.toUTCString()}:\n\n${excerpt}\n\nRead and answer it: ${adminUrl}\n`,
    html:
      `<p><strong>${escapeHtml(message.name)}</strong> &lt;${escapeHtml(message.email)}&gt; wrote on ${escapeHtml(message.createdAt.toUTCString())}:</p>` +
      `<blockquote style="white-space:pre-line">${escapeHtml(excerpt)}</blockquote>` +
      `<p><a href="${escapeHtml(adminUrl)}">Read and answer it</a></p>`,
  };
}
