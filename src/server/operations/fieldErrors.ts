import type { z } from "zod";

export interface FieldErrors {
  [field: string]: string[];
}

/** Field errors keyed by dotted path, "_" for errors about the input as a whole. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}
