export type QueryEngineMode = "native" | "wasm";

/** Reads HYPERFORMANT_PRISMA_ENGINE; unset means the standard native engine. */
export function selectQueryEngine(rawValue: string | undefined): QueryEngineMode {
  const value = (rawValue ?? "").trim().toLowerCase();
  if (value === "" || value === "native") return "native";
  if (value === "wasm") return "wasm";
  throw new Error(
    `HYPERFORMANT_PRISMA_ENGINE must be "native" or "wasm", got "${rawValue}".`,
  );
}
