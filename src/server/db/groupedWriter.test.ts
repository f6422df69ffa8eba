import { describe, expect, it } from "vitest";
import { groupedWriter } from "./groupedWriter";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("groupedWriter", () => {
  it("writes a lone row at once, and rows arriving during a write together in the next", async () => {
    const writes: number[][] = [];
    const writeRow = groupedWriter<number>(async (rows) => {
      writes.push(rows);
      await tick();
    });
    const first = writeRow(1);
    const rest = [2, 3, 4].map((row) => writeRow(row));
    await Promise.all([first, ...rest]);
    expect(writes).toEqual([[1], [2, 3, 4]]);
    await writeRow(5);
    expect(writes.at(-1)).toEqual([5]);
  });

  it("keeps batches under the cap, in arrival order", async () => {
    const writes: number[][] = [];
    const writeRow = groupedWriter<number>(async (rows) => {
      writes.push(rows);
      await tick();
    }, 2);
    await Promise.all([1, 2, 3, 4, 5].map((row) => writeRow(row)));
    expect(writes).toEqual([[1], [2, 3], [4, 5]]);
  });

  it("fails the callers of a failed write only, and goes on with the next", async () => {
    let calls = 0;
    const writeRow = groupedWriter<string>(async () => {
      calls += 1;
      await tick();
      if (calls === 2) throw new Error("database gone");
    });
    const first = writeRow("a");
    const second = [writeRow("b"), writeRow("c")];
    await expect(first).resolves.toBeUndefined();
    await expect(Promise.all(second)).rejects.toThrow("database gone");
    await expect(writeRow("d")).resolves.toBeUndefined();
  });
});
