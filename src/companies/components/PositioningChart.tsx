import { useState } from "react";
import { CartesianGrid, LabelList, Legend, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { SelectField } from "../../client/components/ui/Field";
import {
  POSITIONING_DIMENSIONS,
  POSITIONING_SCORE_MAX,
  POSITIONING_SCORE_MIN,
  type PositioningDimensionKey,
  type PositioningScores,
} from "../competitors/positioningDimensions";
import { ChartFrame } from "../../client/components/ChartFrame";

export interface PositioningPoint {
  companyId: string;
  name: string;
  isSubject: boolean;
  scores: PositioningScores;
}

const labelOf = (key: PositioningDimensionKey) => POSITIONING_DIMENSIONS.find((dimension) => dimension.key === key)!.label;

/** Subject and competitors on two chosen dimensions, 0–10 each. */
export function PositioningChart({
  points,
  initialX = "price",
  initialY = "marketPresence",
  width,
}: {
  points: PositioningPoint[];
  initialX?: PositioningDimensionKey;
  initialY?: PositioningDimensionKey;
  width?: number;
}) {
  const [xKey, setXKey] = useState<PositioningDimensionKey>(initialX);
  const [yKey, setYKey] = useState<PositioningDimensionKey>(initialY);
  const plotted = points.filter((point) => point.scores[xKey] !== undefined && point.scores[yKey] !== undefined);
  const unscored = points.filter((point) => !plotted.includes(point));
  const toDatum = (point: PositioningPoint) => ({ name: point.name, x: point.scores[xKey], y: point.scores[yKey] });
  const subject = plotted.filter((point) => point.isSubject).map(toDatum);
  const competitors = plotted.filter((point) => !point.isSubject).map(toDatum);
  const hasCompetitors = points.some((point) => !point.isSubject);

  return (
    <div>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label="Horizontal axis" value={xKey} onChange={(e) => setXKey(e.target.value as PositioningDimensionKey)}>
          {POSITIONING_DIMENSIONS.map(({ key, label }) => <option key={key} value={key}>{label}</option>)}
        </SelectField>
        <SelectField label="Vertical axis" value={yKey} onChange={(e) => setYKey(e.target.value as PositioningDimensionKey)}>
          {POSITIONING_DIMENSIONS.map(({ key, label }) => <option key={key} value={key}>{label}</option>)}
        </SelectField>
      </div>
      {!hasCompetitors && <p className="mt-4 text-sm text-slate-500">No competitors yet: add one below or accept a suggestion.</p>}
      <div
        className="mt-4"
        role="img"
        aria-label={`Competitor positioning: ${labelOf(xKey)} against ${labelOf(yKey)}, ${plotted.length} companies plotted`}
      >
        <ChartFrame width={width} height={360}>
          {(size) => (
            <ScatterChart {...size} margin={{ top: 16, right: 24, bottom: 24, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" dataKey="x" name={labelOf(xKey)} domain={[POSITIONING_SCORE_MIN, POSITIONING_SCORE_MAX]} tickCount={6}
                label={{ value: labelOf(xKey), position: "insideBottom", offset: -12 }} />
              <YAxis type="number" dataKey="y" name={labelOf(yKey)} domain={[POSITIONING_SCORE_MIN, POSITIONING_SCORE_MAX]} tickCount={6}
                label={{ value: labelOf(yKey), angle: -90, position: "insideLeft" }} />
              <Tooltip cursor={{ strokeDasharray: "3 3" }} />
              <Legend verticalAlign="top" />
              <Scatter name="Competitors" data={competitors} fill="#6366f1" isAnimationActive={false}>
                <LabelList dataKey="name" position="top" />
              </Scatter>
              <Scatter name="You" data={subject} fill="#f59e0b" shape="star" isAnimationActive={false}>
                <LabelList dataKey="name" position="top" />
              </Scatter>
            </ScatterChart>
          )}
        </ChartFrame>
      </div>
      <ul className="sr-only" aria-label="Plotted companies">
        {plotted.map((point) => (
          <li key={point.companyId}>
            {point.name}: {labelOf(xKey)} {point.scores[xKey]}, {labelOf(yKey)} {point.scores[yKey]}
          </li>
        ))}
      </ul>
      {unscored.length > 0 && (
        <p className="mt-2 text-sm text-slate-500" data-testid="unscored">
          Not scored on {labelOf(xKey)} and {labelOf(yKey)}: {unscored.map((point) => point.name).join(", ")}
        </p>
      )}
    </div>
  );
}
