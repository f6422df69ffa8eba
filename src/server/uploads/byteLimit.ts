/** Thrown when an upload grows past its limit while it streams in. */
export class UploadTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`The file is larger than ${Math.round(limitBytes / (1024 * 1024))} MB; split it and import the parts separately.`);
  }
}

/** Passes chunks through until more than limitBytes have gone by. */
export async function* limitBytes(source: AsyncIterable<Buffer | string>, limit: number): AsyncGenerator<Buffer | string> {
  let seen = 0;
  for await (const chunk of source) {
    seen += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
    if (seen > limit) throw new UploadTooLargeError(limit);
    yield chunk;
  }
}
