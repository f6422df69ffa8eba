export interface CheckResult {
  name: string;
  ok: boolean;
  durationMs: number;
  error?: string;
}

export interface ReadinessReport {
  status: "ready" | "unready";
  checks: CheckResult[];
}

/** Runs one dependency check, failing it when it throws or takes longer than timeoutMs. */
export async function runCheck(name: string, check: () => Promise<unknown>, timeoutMs: number): Promise<CheckResult> {
  const startedAt = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { name, ok: true, durationMs: Math.round(performance.now() - startedAt) };
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { name, ok: false, durationMs: Math.round(performance.now() - startedAt), error: message };
  } finally {
    clearTimeout(timer);
  }
}

export function readinessReport(checks: CheckResult[], shuttingDown: boolean): ReadinessReport {
  const allOk = checks.every((check) => check.ok);
  return { status: allOk && !shuttingDown ? "ready" : "unready", checks };
}
