import { z } from "zod";
import { config, prisma } from "wasp/server";
import { emailSender } from "wasp/server/email";
import type { SendWorkspaceInvitationEmail } from "wasp/server/jobs";
import { sendWorkspaceInvitationEmail as invitationEmailJob } from "wasp/server/jobs";
import { openSecret, sealSecret } from "../../server/crypto/sealedSecrets";
import { serverEncryptionKey } from "../../server/crypto/serverEncryptionKey";
import { logger } from "../../server/logging/logger";
import { invitationEmailContent } from "./invitationEmailContent";
import { inviterNameOf, inviterSelect } from "./inviter";
import { invitationStateOf } from "./invitationState";
import { invitationTokenHash } from "./invitationToken";

/** A send marked as in progress this long ago died with its process: it may be tried again. */
const STALE_SENDING_MS = 5 * 60_000;

const jobArgs = z.object({ emailId: z.string().uuid(), sealedToken: z.string().min(1) }).strict();

export type InvitationEmailOutcome = { outcome: "sent" | "already-sent" | "superseded" | "not-pending" | "sending-elsewhere" };

/**
 * Mails one invitation link, at most once: the send's row is claimed
 * (compare-and-set) before mailing. The link's token travels sealed, so the
 * job queue never holds a usable link; a link replaced by a newer one (a
 * resend) or an invitation revoked meanwhile is not mailed.
 */
export const sendWorkspaceInvitationEmail: SendWorkspaceInvitationEmail<z.input<typeof jobArgs>, InvitationEmailOutcome> = async (rawArgs) => {
  const { emailId, sealedToken } = jobArgs.parse(rawArgs);
  const send = await prisma.workspaceInvitationEmail.findUnique({
    where: { id: emailId },
    include: { invitation: { include: { workspace: { select: { name: true } }, invitedBy: { select: inviterSelect } } } },
  });
  if (!send || send.status === "SENT") return { outcome: "already-sent" };
  const { invitation } = send;
  const token = openSecret(sealedToken, serverEncryptionKey("send invitations"));
  if (invitationTokenHash(token) !== invitation.tokenHash) return finish(emailId, "superseded", "A newer link was sent instead.");
  if (invitationStateOf(invitation, new Date()) !== "pending") return finish(emailId, "not-pending", "The invitation is no longer pending.");
  if (send.status === "SENDING" && Date.now() - send.updatedAt.getTime() < STALE_SENDING_MS) return { outcome: "sending-elsewhere" };

  const claimed = await prisma.workspaceInvitationEmail.updateMany({ where: { id: emailId, updatedAt: send.updatedAt }, data: { status: "SENDING", error: null } });
  if (claimed.count === 0) return { outcome: "sending-elsewhere" };
  try {
    await emailSender.send({
      to: invitation.email,
      ...invitationEmailContent({
        workspaceName: invitation.workspace.name,
        invitedByName: inviterNameOf(invitation.invitedBy),
        role: invitation.role,
        invitationUrl: `${config.frontendUrl}/invite/${token}`,
        expiresAt: invitation.expiresAt,
      }),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logger.warn({ job: "sendWorkspaceInvitationEmail", emailId, err: error }, "invitation email failed");
    await prisma.workspaceInvitationEmail.update({ where: { id: emailId }, data: { status: "FAILED", error: message.slice(0, 500) } });
    throw error; // pg-boss retries it
  }
  await prisma.workspaceInvitationEmail.update({ where: { id: emailId }, data: { status: "SENT", sentAt: new Date(), error: null } });
  return { outcome: "sent" };
};

async function finish(emailId: string, outcome: "superseded" | "not-pending", reason: string): Promise<InvitationEmailOutcome> {
  await prisma.workspaceInvitationEmail.updateMany({ where: { id: emailId, status: { not: "SENT" } }, data: { status: "FAILED", error: reason } });
  return { outcome };
}

/** Queues the email of a link; the token is sealed before it reaches the queue. */
export async function submitInvitationEmail(emailId: string, token: string) {
  const sealedToken = sealSecret(token, serverEncryptionKey("send invitations"));
  await invitationEmailJob.submit({ emailId, sealedToken }, { expireInSeconds: STALE_SENDING_MS / 1000, retryLimit: 3, retryDelay: 30, retryBackoff: true });
}
