import type { OnAfterSignupHook } from "wasp/server/auth";
import { createPersonalWorkspace } from "../workspaces/personalWorkspace";

/** Every new user gets a personal workspace they own. */
export const onAfterSignup: OnAfterSignupHook = async ({ user, prisma }) => {
  await createPersonalWorkspace(prisma, { id: user.id, email: user.email ?? null });
};
