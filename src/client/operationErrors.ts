/**
 * What to tell the user about a failed action or API call: the server answers
 * `{ message, data: { fieldErrors } }` (src/server/operations/guards.ts).
 */
interface ErrorBody {
  message?: unknown;
  data?: { fieldErrors?: Record<string, string[]> };
}

function bodyOf(error: unknown): ErrorBody {
  if (typeof error !== "object" || error === null) return {};
  // Wasp's action errors and ky's HTTPError both carry the server's JSON body as `data`.
  const { data } = error as { data?: unknown };
  if (typeof data === "object" && data !== null && ("message" in data || "data" in data)) return data as ErrorBody;
  return error as ErrorBody;
}

export function errorMessageOf(error: unknown, fallback = "Something went wrong; try again."): string {
  const { message } = bodyOf(error);
  return typeof message === "string" && message.trim() !== "" && !/^Request failed with status code/.test(message) ? message : fallback;
}

export function fieldErrorOf(error: unknown, field: string): string | undefined {
  return bodyOf(error).data?.fieldErrors?.[field]?.[0];
}

/** Every field's first error, keyed by field ("scores.price" for nested ones). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const fieldErrors = bodyOf(error).data?.fieldErrors ?? {};
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, messages]) => [field, messages[0]]));
}
