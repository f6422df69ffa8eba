import { HttpError } from "wasp/server";
import type { OnAfterSignupHook, OnBeforeLoginHook } from "wasp/server/auth";
import { createPersonalWorkspace } from "../workspaces/personalWorkspace";

/** Every new user gets a personal workspace they own. */
export const onAfterSignup: OnAfterSignupHook = async ({ user, prisma }) => {
  await createPersonalWorkspace(prisma, { id: user.id, email: user.email ?? null });
};

/** A suspended user cannot sign in, by any method (src/admin/users). */
export const onBeforeLogin: OnBeforeLoginHook = ({ user }) => {
  // Wasp hands over the user's row as the login just read it.
  if (user.suspendedAt) throw new HttpError(403, "This account is suspended. Contact us if you think this is a mistake.");
};
