export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Times two kinds of request, interleaved and alternating which goes first in
 * each round, so that a machine busy with other work slows both alike.
 */
export async function timeInterleaved<Result>(
  rounds: number,
  first: () => Promise<Result>,
  second: () => Promise<Result>,
): Promise<{ first: number[]; second: number[]; results: Result[] }> {
  const times = { first: [] as number[], second: [] as number[] };
  const results: Result[] = [];
  const timed = async (kind: "first" | "second", request: () => Promise<Result>) => {
    const startedAt = performance.now();
    results.push(await request());
    times[kind].push(performance.now() - startedAt);
  };
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      await timed("first", first);
      await timed("second", second);
    } else {
      await timed("second", second);
      await timed("first", first);
    }
  }
  return { ...times, results };
}
