/**
 * Parses the `application/x-www-form-urlencoded` bodies (and query strings) the
 * `stripe` SDK sends, with Stripe's bracket notation, into nested objects:
 *   metadata[workspaceId]=w1             -> { metadata: { workspaceId: "w1" } }
 *   line_items[0][price]=p&line_items[0][quantity]=2
 *                                       -> { line_items: [{ price: "p", quantity: "2" }] }
 *   expand[]=a&expand[]=b               -> { expand: ["a", "b"] }
 * Values stay strings (as Stripe receives them; an empty value is how the SDK
 * sends null). Keys that could reach an object's prototype are dropped.
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

const UNSAFE_KEYS = new Set(["__proto__", "prototype", "constructor"]);

export function parseFormBody(text: string): FormObject {
  const root: FormObject = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(rawKey);
    const segments = match ? [match[1], ...[...match[2].matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1])] : [rawKey];
    if (segments.some((segment) => UNSAFE_KEYS.has(segment))) continue;
    let node: { [key: string]: FormValue } = root;
    segments.forEach((segment, index) => {
      const key = segment === "" ? String(Object.keys(node).length) : segment;
      if (index === segments.length - 1) {
        node[key] = value;
        return;
      }
      const next = node[key];
      if (typeof next !== "object" || next === null) node[key] = {};
      node = node[key] as { [key: string]: FormValue };
    });
  }
  return toArrays(root) as FormObject;
}

/** Objects whose keys are exactly 0..n-1 become arrays (in index order). */
function toArrays(value: FormValue): FormValue {
  if (typeof value === "string") return value;
  const entries = Object.entries(value).map(([key, child]) => [key, toArrays(child)] as const);
  const isList = entries.length > 0 && entries.every(([key]) => /^\d+$/.test(key)) && entries.every((_, index) => Object.hasOwn(value, String(index)));
  if (isList) return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, child]) => child);
  return Object.fromEntries(entries);
}
