/** Axis ticks for the charts. Pure. */
export interface NumberTicks {
  min: number;
  max: number;
  ticks: number[];
}

/** Round ticks spanning the values ("nice numbers": steps of 1, 2 or 5 times a power of ten). */
export function niceTicks(minValue: number, maxValue: number, targetCount = 5): NumberTicks {
  let low = Math.min(minValue, maxValue);
  let high = Math.max(minValue, maxValue);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return { min: 0, max: 1, ticks: [0, 1] };
  if (low === high) {
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    low -= pad;
    high += pad;
  }
  const step = niceStep((high - low) / Math.max(1, targetCount - 1));
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const ticks: number[] = [];
  for (let value = min; value <= max + step / 2; value += step) ticks.push(Number(value.toFixed(decimals)));
  return { min, max, ticks };
}

function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
  return nice * power;
}

export interface TimeTick {
  t: number;
  label: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120];
const DAY_STEPS = [1, 2, 7, 14];

/** Ticks on calendar boundaries (UTC) between two instants, at most `maxCount` of them. */
export function timeTicks(startMs: number, endMs: number, maxCount = 6): TimeTick[] {
  const spanDays = (endMs - startMs) / DAY_MS;
  if (spanDays <= 62) {
    const step = DAY_STEPS.find((days) => spanDays / days <= maxCount) ?? 14;
    const first = Math.ceil(startMs / DAY_MS) * DAY_MS;
    const ticks: TimeTick[] = [];
    for (let t = first; t <= endMs; t += step * DAY_MS) {
      const date = new Date(t);
      ticks.push({ t, label: `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}` });
    }
    return ticks;
  }
  const spanMonths = spanDays / 30.44;
  const step = MONTH_STEPS.find((months) => spanMonths / months <= maxCount) ?? MONTH_STEPS[MONTH_STEPS.length - 1];
  const start = new Date(startMs);
  let monthIndex = start.getUTCFullYear() * 12 + start.getUTCMonth();
  if (Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1) < startMs) monthIndex += 1;
  while (monthIndex % step !== 0) monthIndex += 1;
  const ticks: TimeTick[] = [];
  for (; ; monthIndex += step) {
    const year = Math.floor(monthIndex / 12);
    const month = monthIndex % 12;
    const t = Date.UTC(year, month, 1);
    if (t > endMs) break;
    ticks.push({ t, label: step >= 12 ? String(year) : `${MONTHS[month]} ${year}` });
  }
  return ticks;
}

/** Maps a value of [domainMin, domainMax] onto [rangeStart, rangeEnd]. */
export function linearScale(domainMin: number, domainMax: number, rangeStart: number, rangeEnd: number): (value: number) => number {
  const span = domainMax - domainMin;
  if (span === 0) return () => (rangeStart + rangeEnd) / 2;
  return (value) => rangeStart + ((value - domainMin) / span) * (rangeEnd - rangeStart);
}
