const UNIQUE_VIOLATION = "P2002";

/** Prisma's error for a write that broke a unique constraint. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === UNIQUE_VIOLATION;
}
