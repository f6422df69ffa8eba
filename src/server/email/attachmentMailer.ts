import nodemailer from "nodemailer";
import type { SmtpSettings } from "./smtpSettings";

export interface MailWithAttachment {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachment: { filename: string; content: Buffer; contentType: string };
}

/** Sends mail with an attachment over the same SMTP server as Wasp's sender. */
export function createAttachmentMailer(settings: SmtpSettings) {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.port === 465,
    auth: settings.username ? { user: settings.username, pass: settings.password ?? "" } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail: MailWithAttachment): Promise<void> {
      await transport.sendMail({
        from: { name: "Hyperformant", address: settings.from },
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        attachments: [mail.attachment],
      });
    },
  };
}
