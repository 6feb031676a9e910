import { describe, expect, it } from "vitest";
import { configJsonSchema } from "../../src/config/config-json-schema";
import { configSchema } from "../../src/config/config-schema";

describe("configJsonSchema", () => {
  const schema = configJsonSchema();

  it("is plain JSON that survives a round trip", () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it("declares draft 2020-12 with an id, a title and a description", () => {
    expect(schema).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: expect.stringMatching(/^https:\/\//),
      title: "lead-qualifier config",
      description: expect.any(String),
      type: "object",
      additionalProperties: false,
    });
  });

  it("has a property, with a description, for every top-level config field", () => {
    const properties = schema.properties as Record<string, { description?: string }>;
    expect(Object.keys(properties).sort()).toEqual(Object.keys(configSchema.shape).sort());
    for (const [key, property] of Object.entries(properties)) expect(property.description, key).toEqual(expect.any(String));
  });

  it("requires only id and endpoint", () => {
    expect(schema.required).toEqual(["id", "endpoint"]);
  });

  it("names the shared definitions and refers to the recursive condition by $ref", () => {
    const defs = schema.$defs as Record<string, unknown>;
    expect(Object.keys(defs)).toEqual(expect.arrayContaining(["Condition", "Question", "LocalizedText", "ScoreMap"]));
    expect(JSON.stringify(defs.Condition)).toContain('"$ref":"#/$defs/Condition"');
  });

  it("lists the enumerations editors should offer", () => {
    const properties = schema.properties as Record<string, { enum?: string[] }>;
    expect(properties.mode?.enum).toEqual(["inline", "popup", "kiosk"]);
    expect(properties.channel?.enum).toEqual(["landing-page", "contact-form", "kiosk", "phone", "other"]);
  });

  it("describes scoring gates per tier, with require, else and reason", () => {
    const scoring = (schema.properties as Record<string, { properties?: Record<string, unknown> }>).scoring;
    const gates = scoring?.properties?.gates as { properties?: Record<string, { items?: { required?: string[] } }>; additionalProperties?: boolean };
    expect(Object.keys(gates.properties ?? {})).toEqual(["sales-ready", "sales-later", "nurture"]);
    expect(gates.properties?.["sales-ready"]?.items?.required).toEqual(["require", "else", "reason"]);
    expect(gates.additionalProperties).toBe(false);
  });

  it("describes the kiosk attract screen: headline, text, logo and image with url and alt, and a hex brand colour", () => {
    const kiosk = (schema.properties as Record<string, { properties?: Record<string, any> }>).kiosk;
    const attract = kiosk?.properties?.attract;
    expect(Object.keys(attract.properties)).toEqual(["headline", "text", "logo", "image", "brandColor"]);
    expect(attract.additionalProperties).toBe(false);
    expect(attract.properties.logo.required).toEqual(["url"]);
    expect(new RegExp(attract.properties.brandColor.pattern).test("#0a5c36")).toBe(true);
    expect(new RegExp(attract.properties.brandColor.pattern).test("green")).toBe(false);
  });
});
