/**
 * What the stand-in reads from a report's prompt, in the format
 * serializeSources and narrativeUserMessage write (src/reports/writing/reportPrompt.ts):
 * a line "Domain: <domain>" for the subject, and the sources as blocks of a line
 * "[n] <title> (as of <date>)" followed by "- <fact>" lines. Kept apart from the
 * app's code so the stand-in runs as a plain Node process; a test checks both agree.
 */
export interface PromptSource {
  number: number;
  title: string;
  asOf: string | null;
  facts: string[];
}

export interface PromptMessage {
  role: string;
  content: string;
}

/** How the app's follow-up after a bad answer begins (followUpOpening in src/reports/writing/narrativeProblems.ts). */
export const followUpOpening = "Your previous answer";

const HEADING = /^\[(\d+)\] (.*?)(?: \(as of ([^)]*)\))?$/;

export function sourcesInPrompt(text: string): PromptSource[] {
  const sources: PromptSource[] = [];
  let current: PromptSource | null = null;
  for (const line of text.split("\n")) {
    const heading = HEADING.exec(line);
    if (heading) {
      current = { number: Number(heading[1]), title: heading[2], asOf: heading[3] ?? null, facts: [] };
      sources.push(current);
    } else if (current && line.startsWith("- ")) {
      current.facts.push(line.slice(2));
    } else if (line.trim() === "") {
      current = null;
    }
  }
  return sources;
}

export function subjectDomainInPrompt(text: string): string | null {
  return /^Domain: (\S+)$/m.exec(text)?.[1] ?? null;
}

/** A follow-up after the first user message: the app is asking again after a bad answer. */
export function isRetryRequest(messages: readonly PromptMessage[]): boolean {
  const users = messages.filter((message) => message.role === "user");
  return users.slice(1).some((message) => message.content.startsWith(followUpOpening));
}

/** The text of every message, as plain strings (content may be a string or a list of text parts). */
export function messagesOf(body: unknown): PromptMessage[] {
  const messages = (body as { messages?: unknown }).messages;
  if (!Array.isArray(messages)) return [];
  return messages.map((message: { role?: unknown; content?: unknown }) => ({
    role: String(message.role ?? ""),
    content:
      typeof message.content === "string"
        ? message.content
        : Array.isArray(message.content)
          ? message.content.map((part: { text?: unknown }) => String(part.text ?? "")).join("")
          : "",
  }));
}
