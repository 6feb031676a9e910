import { describe, expect, it } from "vitest";
import { createProfileStore, PROFILE_KEY, VISIT_GAP_MS } from "../../src/profile/create-profile-store";
import { makeConfig, memoryStorage, PRODUCT_LINES } from "./make-config";

const DAY = 86_400_000;

function setup(start = Date.UTC(2026, 10, 23)) {
  const storage = memoryStorage();
  const clock = { now: start };
  let ids = 0;
  const store = createProfileStore({ storage, now: () => clock.now, randomId: () => `visitor-${++ids}` });
  return { storage, clock, store };
}

describe("createProfileStore", () => {
  it("loads an empty first visit when nothing is stored", () => {
    const { store } = setup();
    expect(store.load(makeConfig())).toEqual({ visitorId: null, answers: {}, visit: 1, displayName: null, lastLead: null });
  });

  it("remembers answers and a random visitorId under the versioned key", () => {
    const { store, storage } = setup();
    const config = makeConfig();
    const visitorId = store.save(config, { email: "ana@acme.io", role: "vp" }, { allowed: true });
    expect(visitorId).toBe("visitor-1");
    expect(storage.data.has(PROFILE_KEY)).toBe(true);
    expect(store.load(config)).toEqual({
      visitorId: "visitor-1",
      answers: { email: "ana@acme.io", role: "vp" },
      visit: 1,
      displayName: "ana@acme.io",
      lastLead: null,
    });
  });

  it("writes nothing and returns no visitorId when remembering is not allowed", () => {
    const { store, storage } = setup();
    expect(store.save(makeConfig(), { email: "ana@acme.io" }, { allowed: false })).toBeNull();
    expect(storage.data.size).toBe(0);
  });

  it("never stores free text or consent unless the question says remember: true", () => {
    const { store } = setup();
    const config = makeConfig();
    store.save(config, { email: "ana@acme.io", notes: "my salary is…", terms: true }, { allowed: true });
    expect(store.load(config).answers).toEqual({ email: "ana@acme.io" });
  });

  it("never stores an answer whose question says remember: false", () => {
    const { store } = setup();
    const config = makeConfig({ questions: [{ id: "phone", type: "phone", label: "Phone", remember: false }] });
    store.save(config, { phone: "+49 30 123456" }, { allowed: true });
    expect(store.load(config).answers).toEqual({});
  });

  it("stores a textarea answer when the question opts in with remember: true", () => {
    const { store } = setup();
    const config = makeConfig({ questions: [{ id: "goals", type: "textarea", label: "Goals", remember: true }] });
    store.save(config, { goals: "Fewer spreadsheets" }, { allowed: true });
    expect(store.load(config).answers).toEqual({ goals: "Fewer spreadsheets" });
  });

  it("keeps answers from other forms on the site and lets newer answers win", () => {
    const { store } = setup();
    const other = makeConfig({ id: "crm-form", questions: [{ id: "crmUsers", type: "number", label: "Users" }] });
    store.save(other, { crmUsers: 12 }, { allowed: true });
    store.save(makeConfig(), { role: "vp" }, { allowed: true });
    store.save(makeConfig(), { role: "student" }, { allowed: true });
    expect(store.load(makeConfig()).answers).toEqual({ crmUsers: 12, role: "student" });
  });

  it("drops answers to questions the saving form does not ask", () => {
    const { store } = setup();
    store.save(makeConfig(), { email: "ana@acme.io", somethingElse: "x" }, { allowed: true });
    expect(store.load(makeConfig()).answers).toEqual({ email: "ana@acme.io" });
  });

  it("remembers the product-line choice and the line's answers", () => {
    const { store } = setup();
    const config = makeConfig({ productLines: PRODUCT_LINES });
    store.save(config, { productLine: "analytics", seats: "100" }, { allowed: true });
    expect(store.load(config).answers).toEqual({ productLine: "analytics", seats: "100" });
  });

  it("keeps the visitorId across saves", () => {
    const { store, clock } = setup();
    store.save(makeConfig(), { role: "vp" }, { allowed: true });
    clock.now += 3 * DAY;
    expect(store.save(makeConfig(), { timeframe: "now" }, { allowed: true })).toBe("visitor-1");
  });

  it("expires the profile ttlDays after its last update and clears it", () => {
    const { store, storage, clock } = setup();
    const config = makeConfig({ profile: { remember: true, ttlDays: 30 } });
    store.save(config, { role: "vp" }, { allowed: true });
    clock.now += 30 * DAY;
    expect(store.load(config).visitorId).toBe("visitor-1");
    clock.now += 1;
    expect(store.load(config)).toEqual({ visitorId: null, answers: {}, visit: 1, displayName: null, lastLead: null });
    expect(storage.data.has(PROFILE_KEY)).toBe(false);
  });

  it("measures the ttl from the last update, not the first", () => {
    const { store, clock } = setup();
    const config = makeConfig({ profile: { remember: true, ttlDays: 30 } });
    store.save(config, { role: "vp" }, { allowed: true });
    clock.now += 20 * DAY;
    store.save(config, { timeframe: "now" }, { allowed: true });
    clock.now += 20 * DAY;
    expect(store.load(config).answers).toEqual({ role: "vp", timeframe: "now" });
  });

  it("starts a new visitor after expiry", () => {
    const { store, clock } = setup();
    const config = makeConfig({ profile: { remember: true, ttlDays: 1 } });
    store.save(config, { role: "vp" }, { allowed: true });
    clock.now += 2 * DAY;
    expect(store.save(config, { timeframe: "now" }, { allowed: true })).toBe("visitor-2");
    expect(store.load(config).answers).toEqual({ timeframe: "now" });
  });

  it("counts a visit per save more than 30 minutes after the previous one", () => {
    const { store, clock } = setup();
    const config = makeConfig();
    store.save(config, { role: "vp" }, { allowed: true });
    expect(store.load(config).visit).toBe(1);
    clock.now += VISIT_GAP_MS; // still the same visit: a partial capture, then the submit
    store.save(config, { role: "vp" }, { allowed: true });
    expect(store.load(config).visit).toBe(1);
    clock.now += DAY;
    expect(store.load(config).visit).toBe(2);
    store.save(config, { timeframe: "now" }, { allowed: true });
    expect(store.load(config).visit).toBe(2);
    clock.now += DAY;
    store.save(config, { timeframe: "now" }, { allowed: true });
    expect(store.load(config).visit).toBe(3);
  });

  it("greets a returning visitor by name before email", () => {
    const { store } = setup();
    store.save(makeConfig(), { email: "ana@acme.io", name: "Ana Lima" }, { allowed: true });
    expect(store.load(makeConfig()).displayName).toBe("Ana Lima");
  });

  it("loads nothing in kiosk mode, with remember off, or under Global Privacy Control", () => {
    const { store } = setup();
    store.save(makeConfig(), { role: "vp" }, { allowed: true });
    const empty = { visitorId: null, answers: {}, visit: 1, displayName: null, lastLead: null };
    expect(store.load(makeConfig({ mode: "kiosk" }))).toEqual(empty);
    expect(store.load(makeConfig({ profile: { remember: false, ttlDays: 180 } }))).toEqual(empty);
    expect(store.load(makeConfig(), { gpc: true })).toEqual(empty);
    expect(store.load(makeConfig()).visitorId).toBe("visitor-1");
  });

  it("forgets the visitor completely", () => {
    const { store, storage } = setup();
    store.save(makeConfig(), { role: "vp" }, { allowed: true });
    store.forget();
    expect(storage.data.size).toBe(0);
    expect(store.load(makeConfig()).visitorId).toBeNull();
    expect(store.save(makeConfig(), { role: "vp" }, { allowed: true })).toBe("visitor-2");
  });

  it.each([
    ["not JSON", "{nope"],
    ["JSON null", "null"],
    ["an array", "[1,2]"],
    ["a missing visitorId", JSON.stringify({ answers: {}, visits: 1, lastVisitAt: 0, updatedAt: 0 })],
    ["a non-numeric timestamp", JSON.stringify({ visitorId: "v", answers: {}, visits: 1, lastVisitAt: "x", updatedAt: 0 })],
  ])("treats corrupt storage (%s) as no profile", (_name, raw) => {
    const storage = memoryStorage({ [PROFILE_KEY]: raw });
    const store = createProfileStore({ storage, now: () => 0, randomId: () => "fresh" });
    expect(store.load(makeConfig())).toEqual({ visitorId: null, answers: {}, visit: 1, displayName: null, lastLead: null });
    expect(store.save(makeConfig(), { role: "vp" }, { allowed: true })).toBe("fresh");
  });

  it("keeps well-formed stored answers and drops malformed ones", () => {
    const raw =
      '{"visitorId":"v1","visits":2,"lastVisitAt":0,"updatedAt":0,' +
      '"answers":{"role":"vp","need":["a",3],"employees":250,"nested":{"x":1},"__proto__":"x"}}';
    const store = createProfileStore({ storage: memoryStorage({ [PROFILE_KEY]: raw }), now: () => DAY, randomId: () => "x" });
    const profile = store.load(makeConfig());
    expect(profile.answers).toEqual({ role: "vp", employees: 250 });
    expect(Object.getPrototypeOf(profile.answers)).toBe(Object.prototype);
    expect(profile.visit).toBe(3);
  });

  it("never throws when storage throws, and claims no visitor it could not store", () => {
    const { store, storage } = setup();
    storage.fail();
    expect(store.load(makeConfig()).visitorId).toBeNull();
    expect(store.save(makeConfig(), { role: "vp" }, { allowed: true })).toBeNull();
    expect(() => store.forget()).not.toThrow();
  });

  it("works without any storage at all", () => {
    const store = createProfileStore({ storage: null, now: () => 0, randomId: () => "x" });
    expect(store.load(makeConfig()).visitorId).toBeNull();
    expect(store.save(makeConfig(), { role: "vp" }, { allowed: true })).toBeNull();
  });

  it("remembers the last lead (id and tier) so the next lead can say which one it updates", () => {
    const { store, clock } = setup();
    const config = makeConfig();
    const first = { leadId: "7b0c6a52-3f1e-4d8a-9a55-2f1f7b1d2c3e", tier: "nurture" as const };
    store.save(config, { email: "ana@acme.io" }, { allowed: true, lead: first });
    expect(store.load(config).lastLead).toEqual(first);
    clock.now += VISIT_GAP_MS * 4;
    const second = { leadId: "0f8fad5b-d9cb-469f-a165-70867728950e", tier: "sales-ready" as const };
    store.save(config, { role: "vp" }, { allowed: true, lead: second });
    expect(store.load(config).lastLead).toEqual(second);
    store.save(config, { role: "vp" }, { allowed: true });
    expect(store.load(config).lastLead).toEqual(second);
  });

  it("ignores a stored last lead whose id is not a UUID or whose tier is unknown", () => {
    const { store, storage } = setup();
    const base = { visitorId: "v", answers: {}, visits: 1, lastVisitAt: Date.UTC(2026, 10, 23), updatedAt: Date.UTC(2026, 10, 23) };
    storage.setItem(PROFILE_KEY, JSON.stringify({ ...base, lastLead: { leadId: "not-a-uuid", tier: "nurture" } }));
    expect(store.load(makeConfig()).lastLead).toBeNull();
    storage.setItem(PROFILE_KEY, JSON.stringify({ ...base, lastLead: { leadId: "7b0c6a52-3f1e-4d8a-9a55-2f1f7b1d2c3e", tier: "hot" } }));
    expect(store.load(makeConfig()).lastLead).toBeNull();
  });

  it("remembers no last lead when remembering is not allowed", () => {
    const { store } = setup();
    store.save(makeConfig(), { email: "ana@acme.io" }, { allowed: false, lead: { leadId: "7b0c6a52-3f1e-4d8a-9a55-2f1f7b1d2c3e", tier: "nurture" } });
    expect(store.load(makeConfig()).lastLead).toBeNull();
  });
});
