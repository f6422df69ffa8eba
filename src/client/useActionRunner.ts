import { useState } from "react";
import { errorMessageOf } from "./operationErrors";

/** Runs an action from a button and keeps the message of its failure to show beside it. */
export function useActionRunner(fallback?: string) {
  const [error, setError] = useState<string | null>(null);
  async function run(action: () => Promise<unknown>): Promise<boolean> {
    setError(null);
    try {
      await action();
      return true;
    } catch (caught) {
      setError(errorMessageOf(caught, fallback));
      return false;
    }
  }
  return { error, run };
}
