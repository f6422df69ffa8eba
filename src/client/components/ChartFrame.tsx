import type { ReactElement } from "react";
import { ResponsiveContainer } from "recharts";

/**
 * Charts fill their container in the browser; given a fixed width (tests,
 * where there is no layout) they render at that size.
 */
export function ChartFrame({ width, height, children }: { width?: number; height: number; children: (size: { width?: number; height?: number }) => ReactElement }) {
  if (width !== undefined) return children({ width, height });
  return (
    <ResponsiveContainer width="100%" height={height}>
      {children({})}
    </ResponsiveContainer>
  );
}
