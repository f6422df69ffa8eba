import { createProviderId, createUser, sanitizeAndSerializeProviderData } from "wasp/server/auth";

/** An email account that can sign in at once with this password. */
export async function createVerifiedDemoUser(email: string, displayName: string, password: string) {
  const providerData = await sanitizeAndSerializeProviderData<"email">({
    hashedPassword: password,
    isEmailVerified: true,
    emailVerificationSentAt: null,
    passwordResetSentAt: null,
  });
  return createUser(createProviderId("email", email), providerData, { email, displayName } as never);
}
