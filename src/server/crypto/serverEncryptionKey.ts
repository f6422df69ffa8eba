import { HttpError, env } from "wasp/server";
import { encryptionKeyFrom } from "./sealedSecrets";

/**
 * The key that seals users' third-party API keys and signups waiting in the
 * job queue. Production refuses to start without it (src/server/secrets); a
 * development server started by hand without it cannot do what needs it and
 * says so.
 */
export function serverEncryptionKey(whatNeedsIt = "store API keys"): Buffer {
  const configured = env.HYPERFORMANT_ENCRYPTION_KEY;
  if (!configured) {
    throw new HttpError(503, `This server cannot ${whatNeedsIt}: set HYPERFORMANT_ENCRYPTION_KEY (see .env.server.example).`);
  }
  return encryptionKeyFrom(configured);
}
