import { prisma } from "wasp/server";
import type { ApolloClient } from "../client/apolloClient";

/** Stores what Apollo says of the workspace's sequences (with their stats) and sending mailboxes. */
export async function refreshSequencesAndMailboxes(client: Pick<ApolloClient, "listSequences" | "listEmailAccounts">, workspaceId: string) {
  const [sequences, mailboxes] = await Promise.all([client.listSequences(), client.listEmailAccounts()]);
  const now = new Date();
  await prisma.$transaction([
    ...sequences.map((sequence) => {
      const fields = {
        name: sequence.name.slice(0, 300),
        active: sequence.active ?? false,
        stepCount: sequence.num_steps ?? null,
        delivered: Math.max(0, sequence.unique_delivered ?? 0),
        opened: Math.max(0, sequence.unique_opened ?? 0),
        replied: Math.max(0, sequence.unique_replied ?? 0),
        bounced: Math.max(0, sequence.unique_bounced ?? 0),
        lastSyncedAt: now,
      };
      return prisma.apolloSequence.upsert({
        where: { workspaceId_apolloSequenceId: { workspaceId, apolloSequenceId: sequence.id } },
        create: { workspaceId, apolloSequenceId: sequence.id, ...fields },
        update: fields,
      });
    }),
    ...mailboxes.map((mailbox) => {
      const fields = { email: mailbox.email.slice(0, 320), active: mailbox.active ?? true, lastSyncedAt: now };
      return prisma.apolloMailbox.upsert({
        where: { workspaceId_apolloEmailAccountId: { workspaceId, apolloEmailAccountId: mailbox.id } },
        create: { workspaceId, apolloEmailAccountId: mailbox.id, ...fields },
        update: fields,
      });
    }),
  ]);
  return { sequences: sequences.length, mailboxes: mailboxes.length };
}

/** A rate as a percentage of what was delivered: nothing delivered is 0 %, never NaN. */
export function rateOf(count: number, delivered: number): number {
  if (delivered <= 0) return 0;
  return Math.round((count / delivered) * 1000) / 10;
}
