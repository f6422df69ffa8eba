import { z } from "zod";

export const updateProfileSchema = z.object({
  displayName: z.string().trim().max(100, "Keep your name under 100 characters.").nullable(),
});

export const deleteAccountSchema = z.object({
  confirmEmail: z.string().trim().min(1, "Type your email address to confirm."),
});

/** Deletion needs the account's own email typed back, so a stray click cannot erase data. */
export function confirmsAccountEmail(typedEmail: string, accountEmail: string | null): boolean {
  return accountEmail !== null && typedEmail.trim().toLowerCase() === accountEmail.toLowerCase();
}
