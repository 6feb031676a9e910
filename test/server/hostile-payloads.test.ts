import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { CHANNELS, TIERS } from "../../src/config/types";
import { leadVocabulary } from "../../src/server/lead-vocabulary";
import { ACME, config, leadRequest, rawConfig, validLead } from "./support/fixtures";
import { nodeTransport, webTransport, type OpenTransport, type Transport } from "./support/transports";

const TEMPLATES = [
  "<img src=x onerror=alert(1)>", "\"><script>alert(document.cookie)</script>", '=HYPERLINK("http://evil.example","x")',
  "'; DROP TABLE leads;--", "\u202eevil\u202c", "{{7*7}}${7*7}", "../../etc/passwd", "\u0000nul\u0001", "😀 \ud800 lone",
  "%0d%0aSet-Cookie: a=b", "__proto__constructor", "javascript:alert(1)//",
];

/** Text nobody else would write: a hostile template and a random tag, so finding it in a reply means it was echoed. */
const hostile = fc.tuple(fc.constantFrom(...TEMPLATES), fc.stringMatching(/^[a-z0-9]{10}$/)).map(([t, tag]) => `${t}${tag}`);
const hostileJson: fc.Arbitrary<unknown> = fc.oneof(hostile, fc.record({ x: hostile }), fc.array(hostile, { maxLength: 3 }), fc.integer());

type Payload = { text: string; strings: string[] };
type Mutate = (lead: Record<string, any>) => void;

const OBJECTS = ["", "context", "score", "score.dimensions", "consent", "campaign", "context.utm", "context.params", "answers"];
const at = (lead: Record<string, any>, path: string) => path.split(".").filter(Boolean).reduce((o, k) => o[k] ?? (o[k] = {}), lead);

const mutation: fc.Arbitrary<Mutate> = fc.oneof(
  // An unknown (or hostile record) key at some level, with a hostile value.
  fc.tuple(fc.constantFrom(...OBJECTS), hostile, hostileJson).map(([path, key, value]): Mutate => (lead) => void (at(lead, path)[key] = value)),
  // A known field given hostile text: wrong format, wrong enum, too long.
  fc.tuple(
    fc.constantFrom("leadId", "formId", "channel", "submittedAt", "schema", "priority", "productLine", "score.tier", "context.locale", "context.pageUrl", "consent.text", "visitorId"),
    hostile, fc.integer({ min: 1, max: 1200 }),
  ).map(([field, text, times]): Mutate => (lead) => {
    const parts = field.split(".");
    const last = parts.pop()!;
    at(lead, parts.join("."))[last] = text.repeat(times);
  }),
  // Answers of the wrong shape: objects, nested lists, deep nesting, over-long lists.
  fc.tuple(hostile, fc.integer({ min: 1, max: 300 })).map(([text, depth]): Mutate => (lead) => {
    let value: unknown = [text];
    for (let i = 0; i < depth; i++) value = [value];
    lead.answers.role = value;
  }),
  fc.tuple(hostile, fc.integer({ min: 101, max: 150 })).map(([text, n]): Mutate => (lead) => void (lead.answers.need = Array(n).fill(text))),
  // Many unknown keys at once.
  fc.array(hostile, { minLength: 20, maxLength: 200 }).map((keys): Mutate => (lead) => keys.forEach((k, i) => (lead[k] = i))),
);

const payload: fc.Arbitrary<Payload> = fc.oneof(
  { weight: 9, arbitrary: fc.tuple(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), hostile).map(([mutations, proto, protoKey]) => {
    const lead = structuredClone(validLead()) as Record<string, any>;
    if (!lead.consent) lead.consent = { given: true, text: "ok", at: "2026-11-23T12:00:00.000Z" };
    if (!lead.campaign) lead.campaign = { type: "web", name: "spring" };
    mutations.forEach((m) => m(lead));
    let text = JSON.stringify(lead);
    // `__proto__` as a real JSON key (an object literal would set the prototype instead).
    if (proto) text = `{"__proto__":{${JSON.stringify(protoKey)}:1},${text.slice(1)}`;
    return { text, strings: stringsIn(JSON.parse(text)) };
  }) },
  { weight: 1, arbitrary: hostile.map((text) => ({ text: `{"leadId": ${text}`, strings: [text] })) },
);

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => [k, ...stringsIn(v)]);
  return [];
}

/** What a reply may legitimately contain: the schema's and the forms' own words. */
const VOCABULARY = new Set<string>([...leadVocabulary([config()]), ...CHANNELS, ...TIERS, "immediate", "scheduled", "normal", "lead-qualifier/lead@1"]);

function echoes(reply: string, submitted: string[]): string[] {
  return submitted.filter((s) => s.length >= 4 && !VOCABULARY.has(s) && (reply.includes(s) || reply.includes(JSON.stringify(s).slice(1, -1))));
}

function fuzz(name: string, open: OpenTransport) {
  describe(name, () => {
    let receiver: Transport;
    beforeAll(async () => void (receiver = await open({ configs: [rawConfig], allowedOrigins: [ACME], onLead: () => {}, rateLimit: false, logError: () => {} })));
    afterAll(() => receiver.close());

    it("answers 1,000 hostile payloads with problem bodies that contain none of the submitted text", async () => {
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(payload, async ({ text, strings }) => {
          const reply = await receiver.send(leadRequest(text));
          statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
          // A hostile utm key or answer id in an otherwise valid lead is still a lead (202, nothing echoed but its leadId).
          if (reply.status === 202) return;
          expect(reply.header("Content-Type")).toBe("application/problem+json");
          expect(echoes(reply.text, strings)).toEqual([]);
        }),
        { numRuns: 1000 },
      );
      if (process.env.SHOW_STATUSES) console.log(Object.fromEntries(statuses));
      expect(statuses.get(400) ?? 0).toBeGreaterThan(800);
    }, 120_000);
  });
}

fuzz("the Web handler under hostile input", webTransport);
fuzz("the Node adapter under hostile input", nodeTransport());
