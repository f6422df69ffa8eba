import { HttpError } from "wasp/server";
import { getEmailUserFields } from "../userSignupFields";

/**
 * The User fields of an email signup (userSignupFields.ts), computed from the
 * email alone: the request checks them, the signup job stores them. Nothing
 * else of the request body can reach the User row (no isAdmin from a client).
 * A field that refuses the input answers 422 like Wasp's own signup.
 */
export async function emailSignupUserFields(email: string): Promise<Record<string, unknown>> {
  const fields: Record<string, unknown> = {};
  for (const [name, computeField] of Object.entries(getEmailUserFields ?? {})) {
    try {
      fields[name] = await computeField({ email });
    } catch (error) {
      throw new HttpError(422, "Validation failed", { message: error instanceof Error ? error.message : String(error) });
    }
  }
  return fields;
}
