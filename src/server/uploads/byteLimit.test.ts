import { describe, expect, it } from "vitest";
import { limitBytes, UploadTooLargeError } from "./byteLimit";

async function drain(source: AsyncIterable<unknown>) {
  const chunks: unknown[] = [];
  for await (const chunk of source) chunks.push(chunk);
  return chunks;
}

async function* chunks(...parts: string[]) {
  yield* parts;
}

describe("limitBytes", () => {
  it("passes a stream within the limit through unchanged", async () => {
    expect(await drain(limitBytes(chunks("ab", "cd"), 4))).toEqual(["ab", "cd"]);
  });

  it("stops a stream as soon as it passes the limit", async () => {
    await expect(drain(limitBytes(chunks("ab", "cde"), 4))).rejects.toBeInstanceOf(UploadTooLargeError);
  });

  it("counts bytes, not characters", async () => {
    await expect(drain(limitBytes(chunks("ééé"), 5))).rejects.toThrow(/larger than/);
  });
});
