import { zodResponseFormat } from "openai/helpers/zod";
import { describe, expect, it } from "vitest";
import { narrativeSectionsFor } from "../narrative/narrativeLayout";
import { reportKinds } from "../reportKinds";
import { narrativeSchemaFor, narrativeSchemaName } from "./narrativeSchema";

type JsonSchema = { [keyword: string]: unknown };

/** Keywords OpenAI's strict structured output accepts, of those a zod object can produce here. */
const strictKeywords = new Set(["$schema", "type", "properties", "required", "additionalProperties", "items", "minimum", "maximum", "description"]);

function keywordsOf(schema: JsonSchema, found = new Set<string>()): Set<string> {
  for (const [keyword, value] of Object.entries(schema)) {
    found.add(keyword);
    if (keyword === "properties") for (const child of Object.values(value as Record<string, JsonSchema>)) keywordsOf(child, found);
    if (keyword === "items") keywordsOf(value as JsonSchema, found);
  }
  return found;
}

const validAnswer = (kind: (typeof reportKinds)[number]) => ({
  ...Object.fromEntries(narrativeSectionsFor(kind).map((spec) => [spec.key, [{ text: "Acme has 120 staff.", citations: [1] }]])),
  evidenceGaps: ["No pricing data."],
});

describe.each(reportKinds)("narrative schema of %s", (kind) => {
  const schema = narrativeSchemaFor(kind);
  const keys = [...narrativeSectionsFor(kind).map((spec) => spec.key), "evidenceGaps"];

  it("becomes a strict structured-output schema through zodResponseFormat", () => {
    const format = zodResponseFormat(schema, narrativeSchemaName);
    expect(format.type).toBe("json_schema");
    expect(format.json_schema).toMatchObject({ name: narrativeSchemaName, strict: true });
    const root = format.json_schema.schema as JsonSchema;
    expect(root).toMatchObject({ type: "object", additionalProperties: false });
    expect(Object.keys(root.properties as object)).toEqual(keys);
    expect(root.required).toEqual(keys);
    const properties = root.properties as Record<string, JsonSchema>;
    const claim = (properties[keys[0]].items ?? {}) as JsonSchema;
    expect(claim).toMatchObject({
      type: "object",
      required: ["text", "citations"],
      additionalProperties: false,
      properties: { text: { type: "string" }, citations: { type: "array", items: { type: "integer", minimum: 1 } } },
    });
    expect(properties.evidenceGaps).toEqual({ type: "array", items: { type: "string" } });
    expect([...keywordsOf(root)].filter((keyword) => !strictKeywords.has(keyword))).toEqual([]);
  });

  it("accepts an answer with every section", () => {
    expect(schema.safeParse(validAnswer(kind)).success).toBe(true);
  });

  it("refuses a missing section, an unknown key, and claims that are not claims", () => {
    const answer = validAnswer(kind);
    const missing: Record<string, unknown> = { ...answer };
    delete missing[keys[0]];
    const claimAs = (claim: unknown) => ({ ...answer, [keys[0]]: [claim] });
    for (const bad of [
      missing,
      { ...answer, notes: [] },
      { ...answer, evidenceGaps: "none" },
      claimAs({ text: "x", citations: ["1"] }),
      claimAs({ text: "x", citations: [1.5] }),
      claimAs({ text: "x", citations: [0] }),
      claimAs({ text: "   ", citations: [1] }),
      claimAs({ text: "x" }),
      claimAs({ text: "x", citations: [1], confidence: 0.9 }),
    ]) {
      expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
