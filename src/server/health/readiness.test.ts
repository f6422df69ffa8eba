import { describe, expect, it } from "vitest";
import { readinessReport, runCheck } from "./readiness";

describe("readiness", () => {
  it("passes a check that resolves and fails one that throws, keeping the first line of the error", async () => {
    expect(await runCheck("db", async () => 1, 100)).toMatchObject({ name: "db", ok: true });
    expect(await runCheck("db", async () => Promise.reject(new Error("refused\nstack")), 100)).toMatchObject({
      ok: false,
      error: "refused",
    });
  });

  it("fails a check that hangs past its timeout", async () => {
    const result = await runCheck("pg-boss", () => new Promise(() => {}), 20);
    expect(result).toMatchObject({ ok: false, error: "timed out after 20 ms" });
  });

  it("is ready only when every check passes and the server is not shutting down", () => {
    const ok = { name: "db", ok: true, durationMs: 1 };
    const failed = { name: "pg-boss", ok: false, durationMs: 1, error: "x" };
    expect(readinessReport([ok], false).status).toBe("ready");
    expect(readinessReport([ok, failed], false).status).toBe("unready");
    expect(readinessReport([ok], true).status).toBe("unready");
  });
});
