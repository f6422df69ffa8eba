/** For z.preprocess: an empty line in .env.server ("NAME=") means "use the default", as if unset. */
export const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);
