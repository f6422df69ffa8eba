/**
 * Where the labels of a scatter chart go: beside their point, where they hide neither another
 * label nor another point (greedy, in the given order, so the first points get the best places).
 * Pure.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelledPoint {
  x: number;
  y: number;
  radius: number;
  labelWidth: number;
  labelHeight: number;
}

const GAP = 2;

export function placeLabels(points: LabelledPoint[], bounds: Rect): Rect[] {
  const markers: Rect[] = points.map((point) => ({
    x: point.x - point.radius,
    y: point.y - point.radius,
    width: point.radius * 2,
    height: point.radius * 2,
  }));
  const placed: Rect[] = [];
  return points.map((point, index) => {
    let best: Rect | null = null;
    let bestCost = Infinity;
    for (const candidate of candidates(point)) {
      const cost =
        placed.reduce((sum, rect) => sum + overlapArea(candidate, rect), 0) +
        markers.reduce((sum, rect, markerIndex) => (markerIndex === index ? sum : sum + overlapArea(candidate, rect)), 0) +
        outsideArea(candidate, bounds) * 4;
      if (cost < bestCost) {
        best = candidate;
        bestCost = cost;
        if (cost === 0) break;
      }
    }
    const chosen = best ?? candidates(point)[0];
    placed.push(chosen);
    return chosen;
  });
}

/** Right, left, above, below, then the diagonals. */
function candidates({ x, y, radius, labelWidth: width, labelHeight: height }: LabelledPoint): Rect[] {
  const offset = radius + GAP;
  return [
    { x: x + offset, y: y - height / 2, width, height },
    { x: x - offset - width, y: y - height / 2, width, height },
    { x: x - width / 2, y: y - offset - height, width, height },
    { x: x - width / 2, y: y + offset, width, height },
    { x: x + offset, y: y - offset - height, width, height },
    { x: x + offset, y: y + offset, width, height },
    { x: x - offset - width, y: y - offset - height, width, height },
    { x: x - offset - width, y: y + offset, width, height },
  ];
}

export function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function outsideArea(rect: Rect, bounds: Rect): number {
  return rect.width * rect.height - overlapArea(rect, bounds);
}
