import { env, HttpError } from "wasp/server";
import type { WorkflowKey } from "../trigger/workflowCatalogue";
import { workflowAvailabilityOf, type WorkflowAvailability, type WorkflowSettings } from "./workflowSettings";

/** The settings' answer with this server's N8N_URL and N8N_WEBHOOK_SECRET. */
export function workflowAvailability(settings: WorkflowSettings, key: WorkflowKey): WorkflowAvailability {
  return workflowAvailabilityOf(settings, key, { n8nUrl: env.N8N_URL, secret: env.N8N_WEBHOOK_SECRET });
}

/** 503 when the server has no n8n, 409 when an admin turned the workflow off. */
export function throwUnavailable(availability: WorkflowAvailability): asserts availability is Extract<WorkflowAvailability, { kind: "available" }> {
  if (availability.kind === "not-configured") throw new HttpError(503, availability.reason);
  if (availability.kind === "turned-off") throw new HttpError(409, availability.reason);
}
