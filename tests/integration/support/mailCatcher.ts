import { testEnvironment } from "./testEnvironment";

interface CaughtEmail {
  id: string;
  subject: string;
  text?: string;
  html?: string;
  to: Array<{ address: string }>;
}

export async function emailsTo(address: string): Promise<CaughtEmail[]> {
  const response = await fetch(`${testEnvironment.mailCatcherUrl}/email`);
  const emails = (await response.json()) as CaughtEmail[];
  return emails.filter((email) => email.to.some((recipient) => recipient.address.toLowerCase() === address.toLowerCase()));
}

/** Polls the mail catcher until a mail to ADDRESS whose subject matches arrives. */
export async function waitForEmail(address: string, subject: RegExp, timeoutMs = 15_000): Promise<CaughtEmail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = (await emailsTo(address)).find((email) => subject.test(email.subject));
    if (match) return match;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No email matching ${subject} reached ${address} within ${timeoutMs} ms`);
}

export function tokenFromLink(email: CaughtEmail): string {
  const body = email.text ?? email.html ?? "";
  const match = /[?&]token=([^\s"&<]+)/.exec(body);
  if (!match) throw new Error(`No token link in email "${email.subject}"`);
  return decodeURIComponent(match[1]);
}
