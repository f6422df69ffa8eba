import { HttpError } from "wasp/server";
import type { GetApolloConnection, RemoveApolloApiKey, SaveApolloApiKey } from "wasp/server/operations";
import { configuredApolloClient } from "../client/configuredApolloClient";
import { checkApolloKey } from "./apolloKeyCheck";
import { parseInput } from "../../server/operations/guards";
import { maskSecret, openSecret, sealSecret } from "../../server/crypto/sealedSecrets";
import { serverEncryptionKey } from "../../server/crypto/serverEncryptionKey";
import { requireWorkspaceManager, requireWorkspaceMember } from "../../workspaces/workspaceAccess";
import { requestEnrichment } from "../../companies/enrichment/requestEnrichment";
import { saveApolloApiKeyInput, type SaveApolloApiKeyInput } from "./apolloKeySchemas";

export type ApolloConnection = {
  connected: boolean;
  /** "••••abcd": enough to recognise the key, never enough to use it. */
  keyHint: string | null;
  canManage: boolean;
  /** Whether the saved key is a master key (checked on save); null without a key, or for a key saved before the check. */
  masterKey: boolean | null;
};

export const getApolloConnection: GetApolloConnection<void, ApolloConnection> = async (_args, context) => {
  const { workspace, role } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const sealed = workspace.apolloApiKeyEncrypted;
  let keyHint: string | null = null;
  if (sealed) {
    try {
      keyHint = maskSecret(openSecret(sealed, serverEncryptionKey()));
    } catch {
      keyHint = "•••• (sealed under another key: save it again)";
    }
  }
  return { connected: Boolean(sealed), keyHint, canManage: role !== "MEMBER", masterKey: sealed ? workspace.apolloKeyIsMaster : null };
};

/** Owners and admins: a key Apollo takes (checked first), saved sealed; companies waiting for a key are enriched. */
export const saveApolloApiKey: SaveApolloApiKey<SaveApolloApiKeyInput, ApolloConnection> = async (rawArgs, context) => {
  const { workspace, role } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  requireWorkspaceManager(role);
  const { apiKey } = parseInput(saveApolloApiKeyInput, rawArgs);
  // Someone is waiting on the page: a long Retry-After is not waited out.
  const check = await checkApolloKey(configuredApolloClient(apiKey, { maxRetryWaitMs: 5_000 }));
  if (!check.usable) throw new HttpError(check.status, check.reason, check.status === 400 ? { fieldErrors: { apiKey: [check.reason] } } : undefined);
  const sealed = sealSecret(apiKey, serverEncryptionKey());
  await context.entities.Workspace.update({ where: { id: workspace.id }, data: { apolloApiKeyEncrypted: sealed, apolloKeyIsMaster: check.masterKey } });
  // Companies skipped for want of a key, or failed on a rejected one, get another go.
  await context.entities.Company.updateMany({
    where: { workspaceId: workspace.id, enrichmentStatus: { in: ["SKIPPED_NO_KEY", "FAILED"] } },
    data: { enrichmentStatus: "PENDING", enrichmentError: null },
  });
  await requestEnrichment(workspace.id);
  return { connected: true, keyHint: maskSecret(apiKey), canManage: true, masterKey: check.masterKey };
};

export const removeApolloApiKey: RemoveApolloApiKey<void, ApolloConnection> = async (_args, context) => {
  const { workspace, role } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  requireWorkspaceManager(role);
  await context.entities.Workspace.update({ where: { id: workspace.id }, data: { apolloApiKeyEncrypted: null, apolloKeyIsMaster: null } });
  return { connected: false, keyHint: null, canManage: true, masterKey: null };
};
