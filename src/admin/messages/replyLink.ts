type Message = { name: string; email: string; message: string; createdAt: Date };

/** A mailto: link answering the message, quoting it. */
export function replyLinkOf(message: Message): string {
  const quoted = message.message.split("\n").map((line) => `> ${line}`).join("\n");
  const body = `\n\nOn ${message.createdAt.toUTCString()}, ${message.name} wrote:\n${quoted}`;
  return `mailto:${encodeURIComponent(message.email)}?subject=${encodeURIComponent("Re: your message to Hyperformant")}&body=${encodeURIComponent(body)}`;
}
