import type { PromptSource } from "./promptSources.ts";

/**
 * A valid answer built from a request's JSON schema (response_format.json_schema.schema),
 * walked generically. An object with a string "text" and an integer array "citations"
 * is a claim: it cites one source of the prompt (every third claim two) and quotes a
 * fact of each, so every number in its text stands in a cited source. A list of
 * claims gets 2 or 3; a list of strings one sentence.
 */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  $ref?: string;
  definitions?: Record<string, JsonSchema>;
  $defs?: Record<string, JsonSchema>;
}

export type Claim = { text: string; citations: number[] };

const typeOf = (schema: JsonSchema) => (Array.isArray(schema.type) ? schema.type.find((type) => type !== "null") : schema.type);

function isClaimSchema(schema: JsonSchema): boolean {
  const { text, citations } = schema.properties ?? {};
  return typeOf(schema) === "object" && text !== undefined && typeOf(text) === "string" && citations?.items !== undefined && typeOf(citations.items) === "integer";
}

const withoutFinalStop = (text: string) => text.replace(/[.\s]+$/, "");

export function answerFromSchema(root: JsonSchema, sources: readonly PromptSource[]): unknown {
  // Sources with a fact that holds a digit make claims with numbers to check; any source will do otherwise.
  const withNumbers = sources.filter((source) => source.facts.some((fact) => /\d/.test(fact)));
  const citable = withNumbers.length > 0 ? withNumbers : sources;
  let claimCount = 0;

  const resolve = (schema: JsonSchema): JsonSchema => {
    if (!schema.$ref) return schema;
    const name = schema.$ref.replace(/^#\/(definitions|\$defs)\//, "");
    const target = root.definitions?.[name] ?? root.$defs?.[name];
    return target ? resolve(target) : {};
  };

  const claim = (): Claim => {
    const index = claimCount;
    claimCount += 1;
    if (citable.length === 0) return { text: "The sources hold no data.", citations: [] };
    const cited = [citable[index % citable.length]];
    if (index % 3 === 2 && citable.length > 1) cited.push(citable[(index + 1) % citable.length]);
    const quotes = cited.map((source) => {
      const fact = source.facts.find((candidate, factIndex) => /\d/.test(candidate) && factIndex >= index % source.facts.length) ??
        source.facts.find((candidate) => /\d/.test(candidate)) ??
        source.facts[0];
      return fact ? `${source.title}: ${withoutFinalStop(fact)}` : source.title;
    });
    return { text: `${quotes.join("; ")}.`, citations: cited.map((source) => source.number) };
  };

  const value = (raw: JsonSchema, name: string): unknown => {
    const schema = resolve(raw);
    if (schema.anyOf?.length) return value(schema.anyOf.find((branch) => typeOf(resolve(branch)) !== "null") ?? schema.anyOf[0], name);
    if (schema.enum?.length) return schema.enum[0];
    if (isClaimSchema(schema)) return claim();
    switch (typeOf(schema)) {
      case "object":
        return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, child]) => [key, value(child, key)]));
      case "array": {
        const items = resolve(schema.items ?? {});
        if (isClaimSchema(items)) return Array.from({ length: 2 + (name.length % 2) }, () => claim());
        if (typeOf(items) === "string") return [name === "evidenceGaps" ? "The sources hold no pricing or win-rate data." : `A ${name} entry.`];
        return [value(items, name)];
      }
      case "string":
        return `Stand-in ${name}.`;
      case "integer":
        return sources[0]?.number ?? 1;
      case "number":
        return 1;
      case "boolean":
        return false;
      default:
        return null;
    }
  };

  return value(root, "answer");
}

/** Every claim of an answer, in order, wherever it sits. */
export function claimsOf(answer: unknown): Claim[] {
  if (Array.isArray(answer)) return answer.flatMap(claimsOf);
  if (answer && typeof answer === "object") {
    const record = answer as Record<string, unknown>;
    if (typeof record.text === "string" && Array.isArray(record.citations)) return [record as Claim];
    return Object.values(record).flatMap(claimsOf);
  }
  return [];
}
