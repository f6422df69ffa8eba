import { HttpError, env } from "wasp/server";
import { encryptionKeyFrom } from "./sealedSecrets";

/**
 * The key that seals users' third-party API keys. Production refuses to start
 * without it (src/server/secrets); a development server started by hand
 * without it cannot store keys and says so.
 */
export function serverEncryptionKey(): Buffer {
  const configured = env.HYPERFORMANT_ENCRYPTION_KEY;
  if (!configured) {
    throw new HttpError(503, "This server cannot store API keys: set HYPERFORMANT_ENCRYPTION_KEY (see .env.server.example).");
  }
  return encryptionKeyFrom(configured);
}
