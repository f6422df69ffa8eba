import type { AddMarketDataPoint, DeleteMarketDataPoint, GetCompanyMarketData } from "wasp/server/operations";
import type { MarketData } from "wasp/entities";
import { parseInput } from "../../server/operations/guards";
import { assertFoundInWorkspace, findCompanyInWorkspace, requireWorkspaceMember } from "../../workspaces/workspaceAccess";
import {
  addMarketDataPointInput,
  companyMarketDataInput,
  marketDataPointIdInput,
  type AddMarketDataPointInput,
} from "./marketDataSchemas";
import { groupIntoSeries, type MarketDataSeries } from "./marketDataSeries";

/** Caps what one chart request reads: ten years of daily points. */
const MAX_POINTS = 3_650 * 4;

export const getCompanyMarketData: GetCompanyMarketData<{ companyId: string }, MarketDataSeries[]> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { companyId } = parseInput(companyMarketDataInput, rawArgs);
  await findCompanyInWorkspace(context.entities.Company, workspace.id, companyId);
  const points = await context.entities.MarketData.findMany({
    where: { companyId },
    orderBy: { observedAt: "desc" },
    take: MAX_POINTS,
    select: { id: true, metric: true, value: true, unit: true, observedAt: true, source: true },
  });
  return groupIntoSeries(points);
};

export const addMarketDataPoint: AddMarketDataPoint<AddMarketDataPointInput, MarketData> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const input = parseInput(addMarketDataPointInput, rawArgs);
  await findCompanyInWorkspace(context.entities.Company, workspace.id, input.companyId);
  return context.entities.MarketData.create({
    data: { ...input, unit: input.unit || null, workspaceId: workspace.id, source: "MANUAL" },
  });
};

export const deleteMarketDataPoint: DeleteMarketDataPoint<{ id: string }, { deleted: true }> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { id } = parseInput(marketDataPointIdInput, rawArgs);
  const point = await context.entities.MarketData.findFirst({ where: { id, workspaceId: workspace.id } });
  assertFoundInWorkspace(point, "data point");
  await context.entities.MarketData.delete({ where: { id } });
  return { deleted: true };
};
