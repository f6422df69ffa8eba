import { openSecret } from "../../server/crypto/sealedSecrets";
import { serverEncryptionKey } from "../../server/crypto/serverEncryptionKey";
import { configuredApolloClient } from "../client/configuredApolloClient";
import { requireMasterKey } from "./apolloAccessErrors";

/** The Apollo client for a workspace's saved master key; someone waits on the page, so long waits are not waited out. */
export function workspaceApolloClient(workspace: { apolloApiKeyEncrypted: string | null; apolloKeyIsMaster: boolean | null }) {
  requireMasterKey(workspace);
  const apiKey = openSecret(workspace.apolloApiKeyEncrypted!, serverEncryptionKey("use the saved Apollo key"));
  return configuredApolloClient(apiKey, { maxRetryWaitMs: 5_000 });
}
