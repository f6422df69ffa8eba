export const enrolmentStatusLabels = {
  QUEUED: "Queued",
  SENDING: "Sending",
  ENROLLED: "Enrolled",
  SKIPPED: "Skipped",
  REJECTED: "Refused",
} as const satisfies Record<"QUEUED" | "SENDING" | "ENROLLED" | "SKIPPED" | "REJECTED", string>;
