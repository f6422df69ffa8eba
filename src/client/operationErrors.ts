/**
 * What to tell the user about a failed action or API call. Wasp actions throw
 * errors with `message` and `data.fieldErrors`; calls to our APIs through
 * Wasp's `api` (ky) throw an HTTPError whose `data` is the server's body.
 */
interface ErrorBody {
  message?: unknown;
  data?: { fieldErrors?: Record<string, string[]> };
}

function bodyOf(error: unknown): ErrorBody {
  if (typeof error !== "object" || error === null) return {};
  const { response, data } = error as { response?: unknown; data?: unknown };
  if (response !== undefined && typeof data === "object" && data !== null) return data as ErrorBody;
  return error as ErrorBody;
}

export function errorMessageOf(error: unknown, fallback = "Something went wrong; try again."): string {
  const { message } = bodyOf(error);
  return typeof message === "string" && message.trim() !== "" && !/^Request failed with status code/.test(message) ? message : fallback;
}

export function fieldErrorOf(error: unknown, field: string): string | undefined {
  return bodyOf(error).data?.fieldErrors?.[field]?.[0];
}
