/** How many pages `totalCount` rows fill, at least one (an empty list still shows page 1 of 1). */
export function pageCount(totalCount: number, pageSize: number): number {
  return Math.max(1, Math.ceil(totalCount / pageSize));
}
