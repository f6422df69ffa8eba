import { z } from "zod";
import { openSecret, sealSecret } from "../../server/crypto/sealedSecrets";

/**
 * The provider data of a signup (with the password already hashed) travels
 * from the request to the signup job through pg-boss's job table, which keeps
 * finished jobs for days: it is sealed under HYPERFORMANT_ENCRYPTION_KEY so
 * that table never holds even a password hash in the clear.
 */
const signupProviderData = z
  .object({
    hashedPassword: z.string().min(1),
    isEmailVerified: z.boolean(),
    emailVerificationSentAt: z.null(),
    passwordResetSentAt: z.null(),
  })
  .strict();

export type SignupProviderData = z.infer<typeof signupProviderData>;

export function sealSignupProviderData(serialized: string, key: Buffer): string {
  return sealSecret(serialized, key);
}

/** The serialized provider data, checked; throws if it was tampered with or is not a signup's. */
export function openSignupProviderData(sealed: string, key: Buffer): { serialized: string; data: SignupProviderData } {
  const serialized = openSecret(sealed, key);
  return { serialized, data: signupProviderData.parse(JSON.parse(serialized)) };
}
