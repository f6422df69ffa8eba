import { enrichCompanies } from "wasp/server/jobs";

/**
 * Asks for the workspace's due companies to be enriched soon. At most one run
 * per workspace waits in the queue (one more may be running): a burst of new
 * companies costs one job, and a run picks up companies added while it works.
 */
export async function requestEnrichment(workspaceId: string) {
  await enrichCompanies.submit(
    { workspaceId },
    { singletonKey: `enrich-workspace-${workspaceId}`, useSingletonQueue: true },
  );
}
