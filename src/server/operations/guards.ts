import { HttpError } from "wasp/server";
import type { AuthUser } from "wasp/auth";
import type { z } from "zod";
import { fieldErrorsOf } from "./fieldErrors";

/** 401 for a signed-out caller. */
export function requireUser<U extends AuthUser>(user: U | undefined | null): U {
  if (!user) throw new HttpError(401, "Sign in to continue.");
  return user;
}

/** 403 unless the caller is an admin. */
export function requireAdmin<U extends AuthUser & { isAdmin: boolean }>(user: U | undefined | null): U {
  const signedIn = requireUser(user);
  if (!signedIn.isAdmin) throw new HttpError(403, "Only administrators can do this.");
  return signedIn;
}

/** 400 with field errors when the input does not match the schema. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input ?? {});
  if (!result.success) {
    throw new HttpError(400, "Some fields are invalid.", { fieldErrors: fieldErrorsOf(result.error) });
  }
  return result.data;
}
