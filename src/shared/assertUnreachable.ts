/** The default branch of an exhaustive switch: a new enum value breaks the build here. */
export function assertUnreachable(value: never): never {
  throw new Error(`Unexpected value ${String(value)}`);
}
