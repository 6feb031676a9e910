// The people a sales team meets, run through the standard `bant` preset (and one config with two
// product lines), each with the tier a sales manager expects and why. A change to the preset's
// scores, rules or gates that moves any of them must be a deliberate one.
import { describe, expect, it } from "vitest";
import { validateConfig } from "../../src/config/validate-config";
import type { Answers, Config, Tier } from "../../src/config/types";
import { scoreLead } from "../../src/qualify/score-lead";

interface Persona {
  who: string;
  answers: Answers;
  productLine?: string;
  tier: Tier;
  reason: string;
  /** Why a sales manager agrees with the tier. */
  why: string;
}

function valid(input: Record<string, unknown>): Config {
  const result = validateConfig(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.config;
}

const bant = valid({ id: "personas", endpoint: "/leads", preset: "bant" });
const all = ["reporting", "automation", "integration", "compliance"];

const PERSONAS: Persona[] = [
  {
    who: "hot buyer: VP of operations at a 250-person firm, approved budget, starting within a month",
    answers: { email: "ana@logistics.example", role: "vp", employees: 250, need: ["reporting", "automation"], budget: "approved", timeframe: "now" },
    tier: "sales-ready", reason: "Buying within a month",
    why: "every BANT box is ticked and the project starts now: a rep calls within five minutes",
  },
  {
    who: "hot buyer: director with a planned budget and an integration project this month",
    answers: { email: "dirk@retail.example", role: "director", employees: 120, need: ["integration"], budget: "planned", timeframe: "now" },
    tier: "sales-ready", reason: "Buying within a month",
    why: "a decision maker with money set aside and a start date inside a month",
  },
  {
    who: "tiny company with a decision maker: the owner of a 4-person agency buying now",
    answers: { email: "owner@tinystudio.example", role: "c-level", employees: 4, need: ["automation"], budget: "approved", timeframe: "now" },
    tier: "sales-ready", reason: "Buying within a month",
    why: "small deal, but the person who signs has approved budget and wants to start now",
  },
  {
    who: "free-mail address: a bakery owner on gmail with 8 staff, planned budget, starting now",
    answers: { email: "baker.ben@gmail.com", role: "c-level", employees: 8, need: ["automation", "integration"], budget: "planned", timeframe: "now" },
    tier: "sales-ready", reason: "Buying within a month",
    why: "small businesses often use free mail; the preset scores the answers, not the mail provider",
  },
  {
    who: "manager with an exploring budget and a reporting project this month",
    answers: { email: "mia@shop.example", role: "manager", employees: 30, need: ["reporting"], budget: "exploring", timeframe: "now" },
    tier: "sales-ready", reason: "Buying within a month",
    why: "authority, need and a start now: three of four BANT boxes and 61 points, worth a call today",
  },
  {
    who: "buyer next quarter: director with a planned budget",
    answers: { email: "dana@insure.example", role: "director", employees: 400, need: ["reporting", "compliance"], budget: "planned", timeframe: "next-quarter" },
    tier: "sales-later", reason: "Asked for a later call",
    why: "a real project, but they said next quarter: schedule the call, don't ring now",
  },
  {
    who: "buyer next quarter with every box ticked: C-level, approved, 900 people",
    answers: { email: "cto@bigco.example", role: "c-level", employees: 900, need: all, budget: "approved", timeframe: "next-quarter" },
    tier: "sales-later", reason: "Asked for a later call",
    why: "top points do not change when they want to talk",
  },
  {
    who: "strong fit with no timeframe: director, planned budget, 250 people, three needs, no plans (issue 9)",
    answers: { email: "d@firm.example", role: "director", employees: 250, need: ["reporting", "automation", "integration"], budget: "planned", timeframe: "no-plans" },
    tier: "nurture", reason: "Fit is strong but no timeframe yet",
    why: "70 points used to make this hot; with no plans it is a nurture lead, not a five-minute callback",
  },
  {
    who: "strong fit with no timeframe: C-level, approved budget, 900 people, no plans (issue 9)",
    answers: { email: "ceo@enterprise.example", role: "c-level", employees: 900, need: all, budget: "approved", timeframe: "no-plans" },
    tier: "nurture", reason: "Fit is strong but no timeframe yet",
    why: "85 points, but nobody has a project: keep warm with material, let them come back",
  },
  {
    who: "strong fit starting later this year (issue 9)",
    answers: { email: "d@firm.example", role: "director", employees: 250, need: ["reporting", "automation", "integration"], budget: "planned", timeframe: "this-year" },
    tier: "sales-later", reason: "Fit is strong but the project starts later",
    why: "a qualified project with a date months away: a scheduled call, never 'respond within 5 minutes'",
  },
  {
    who: "strong fit who skipped the timeframe (a partial lead)",
    answers: { email: "vp@corp.example", role: "vp", employees: 250, need: ["reporting", "automation"], budget: "approved" },
    tier: "nurture", reason: "Fit is strong but no timeframe yet",
    why: "points alone never make a lead hot: without a start date there is nothing to call about now",
  },
  {
    who: "student writing a thesis, says 'now' and 'approved'",
    answers: { email: "sam@uni.example", role: "student", employees: 20000, need: ["reporting"], budget: "approved", timeframe: "now" },
    tier: "disqualified", reason: "Student",
    why: "students do not buy, whatever they tick",
  },
  {
    who: "consultant researching tools for a client",
    answers: { email: "kim@consulting.example", role: "consultant", employees: 12, need: ["reporting", "integration"], budget: "exploring", timeframe: "this-year" },
    tier: "nurture", reason: "Score reached the nurture threshold",
    why: "no budget of their own and no date: send material, wait for the end client",
  },
  {
    who: "consultant whose client wants to start this month with an approved budget",
    answers: { email: "kim@consulting.example", role: "consultant", employees: 30, need: ["automation"], budget: "approved", timeframe: "now" },
    tier: "sales-later", reason: "Buying within a month, but not a decision maker",
    why: "real demand, but the signer is the client: a planned call to reach them, not a hot lead",
  },
  {
    who: "competitor doing market research as an individual contributor",
    answers: { email: "analyst@rival.example", role: "individual", employees: 300, need: ["reporting"], budget: "exploring", timeframe: "no-plans" },
    tier: "disqualified", reason: "Score below threshold",
    why: "no project, no authority, no budget: set aside (and reviewed), never routed to a rep",
  },
  {
    who: "competitor posing as a manager 'exploring' for later this year",
    answers: { email: "pm@rival.example", role: "manager", employees: 300, need: ["reporting", "compliance"], budget: "exploring", timeframe: "this-year" },
    tier: "nurture", reason: "Score reached the nurture threshold",
    why: "without a near-term project nobody calls; they get marketing material at most",
  },
  {
    who: "existing customer asking for support",
    answers: { email: "ops@customer.example", role: "manager", employees: 250, need: ["support"], budget: "none", timeframe: "now" },
    tier: "disqualified", reason: "Existing customer asking for support",
    why: "'help now' from a customer is a support ticket, not a hot lead: set aside with a reason support can act on",
  },
  {
    who: "existing customer with a new integration project next quarter",
    answers: { email: "vp@customer.example", role: "vp", employees: 250, need: ["support", "integration"], budget: "approved", timeframe: "next-quarter" },
    tier: "sales-later", reason: "Asked for a later call",
    why: "support plus a real need is an upsell: the need counts, the call is when they asked",
  },
  {
    who: "trade-show giveaway seeker: no budget, no plans, 'something else'",
    answers: { email: "free@stuff.example", role: "individual", employees: 5, need: ["other"], budget: "none", timeframe: "no-plans" },
    tier: "disqualified", reason: "No budget and no timeframe",
    why: "came for the tote bag: no budget and no timeframe",
  },
  {
    who: "trade-show giveaway seeker who ticks every need",
    answers: { email: "tote@bag.example", role: "individual", employees: 40, need: [...all, "other"], budget: "exploring", timeframe: "no-plans" },
    tier: "nurture", reason: "Score reached the nurture threshold",
    why: "fits on paper but has no project: material, not a call",
  },
  {
    who: "whitepaper researcher: a manager at an 800-person company, no date",
    answers: { email: "reader@bigcorp.example", role: "manager", employees: 800, need: ["reporting", "compliance"], budget: "exploring", timeframe: "this-year" },
    tier: "nurture", reason: "Score reached the nurture threshold",
    why: "researching, fits the profile, nothing to close yet",
  },
  {
    who: "free-mail hobbyist with no plans",
    answers: { email: "joe.hobby@gmail.com", role: "individual", employees: 2, need: ["other"], budget: "exploring", timeframe: "no-plans" },
    tier: "disqualified", reason: "Score below threshold",
    why: "no fit, no project: below the nurture threshold",
  },
  {
    who: "disposable address with perfect answers",
    answers: { email: "vp@mailinator.com", role: "vp", employees: 250, need: all, budget: "approved", timeframe: "now" },
    tier: "disqualified", reason: "Disposable email",
    why: "an inbox nobody reads tomorrow: no one to call back",
  },
  {
    who: "manager starting this month with no budget at all",
    answers: { email: "m@factory.example", role: "manager", employees: 150, need: ["automation"], budget: "none", timeframe: "now" },
    tier: "sales-later", reason: "Buying within a month, but no budget yet",
    why: "a date but no money: help build the business case on a planned call",
  },
  {
    who: "individual contributor (a champion) with an approved budget buying now",
    answers: { email: "eng@scaleup.example", role: "individual", employees: 500, need: ["reporting", "automation"], budget: "approved", timeframe: "now" },
    tier: "sales-later", reason: "Buying within a month, but not a decision maker",
    why: "85 points, but the signer is someone else: a planned call to reach them",
  },
  {
    who: "manager of a 2-person company with 'something else' on an exploring budget, 'now'",
    answers: { email: "x@micro.example", role: "manager", employees: 2, need: ["other"], budget: "exploring", timeframe: "now" },
    tier: "nurture", reason: "Score reached the nurture threshold",
    why: "52 points: timeframe alone is not BANT; little fit, little need, no budget",
  },
  {
    who: "director with no budget and no plans",
    answers: { email: "dir@corp.example", role: "director", employees: 1000, need: all, budget: "none", timeframe: "no-plans" },
    tier: "disqualified", reason: "No budget and no timeframe",
    why: "fit without budget or timeframe is not a lead for now",
  },
];

describe("the bant preset, person by person", () => {
  it("covers at least 25 people", () => {
    expect(PERSONAS.length).toBeGreaterThanOrEqual(25);
  });

  it.each(PERSONAS.map((p) => [p.who, p] as const))("%s", (_who, persona) => {
    const score = scoreLead(bant, persona.answers, persona.productLine);
    expect({ tier: score.tier, reasons: score.reasons }, persona.why).toEqual({ tier: persona.tier, reasons: [persona.reason] });
  });
});

// Two product lines on top of the preset; each line has its own question and its own rule.
const twoLines = valid({
  id: "two-lines",
  endpoint: "/leads",
  preset: "bant",
  productLines: {
    analytics: {
      label: "Analytics",
      questions: [
        { id: "warehouse", type: "single", label: "Where does your data live?", options: [
          { value: "snowflake", label: "Snowflake", score: { fit: 5 } },
          { value: "bigquery", label: "BigQuery", score: { fit: 5 } },
          { value: "none", label: "No warehouse yet" },
        ] },
      ],
    },
    crm: {
      label: "CRM",
      questions: [
        { id: "crmUsers", type: "number", label: "How many people will use the CRM?", min: 1, ranges: [{ min: 200, score: { fit: 5 } }] },
      ],
    },
  },
  scoring: {
    rules: [
      { if: { answer: "warehouse", in: ["none"] }, tier: "nurture", reason: "No data warehouse yet" },
      { if: { all: [{ answer: "crmUsers", gte: 500 }, { answer: "timeframe", in: ["this-year", "next-quarter"] }] }, tier: "sales-later", reason: "Enterprise CRM rollout" },
    ],
  },
});

const vpNow = { email: "vp@corp.example", role: "vp", employees: 250, need: ["reporting"], budget: "approved", timeframe: "now" };
const directorLater = { email: "d@corp.example", role: "director", employees: 250, need: ["reporting"], budget: "planned", timeframe: "this-year" };

const LINE_PERSONAS: Persona[] = [
  {
    who: "analytics buyer on Snowflake, starting now",
    answers: { ...vpNow, warehouse: "snowflake" }, productLine: "analytics",
    tier: "sales-ready", reason: "Buying within a month",
    why: "the analytics product runs on their warehouse: hot",
  },
  {
    who: "analytics prospect without a data warehouse, starting now",
    answers: { ...vpNow, warehouse: "none" }, productLine: "analytics",
    tier: "nurture", reason: "No data warehouse yet",
    why: "the product cannot work for them yet: the config's analytics rule decides",
  },
  {
    who: "CRM buyer whose site-wide profile still says 'no warehouse' from the analytics form",
    answers: { ...vpNow, warehouse: "none" }, productLine: "crm",
    tier: "sales-ready", reason: "Buying within a month",
    why: "the warehouse question does not apply to a CRM lead, so the analytics rule cannot demote it",
  },
  {
    who: "CRM rollout for 800 users later this year",
    answers: { ...directorLater, crmUsers: 800 }, productLine: "crm",
    tier: "sales-later", reason: "Enterprise CRM rollout",
    why: "the config's CRM rule routes big rollouts to a planned call",
  },
  {
    who: "analytics lead whose profile remembers 800 CRM users",
    answers: { ...directorLater, crmUsers: 800, warehouse: "bigquery" }, productLine: "analytics",
    tier: "nurture", reason: "Score reached the nurture threshold",
    why: "the CRM rule reads a CRM question: false for an analytics lead (and those points do not count either)",
  },
];

describe("a config with two product lines, person by person", () => {
  it.each(LINE_PERSONAS.map((p) => [p.who, p] as const))("%s", (_who, persona) => {
    const score = scoreLead(twoLines, persona.answers, persona.productLine);
    expect({ tier: score.tier, reasons: score.reasons }, persona.why).toEqual({ tier: persona.tier, reasons: [persona.reason] });
  });
});
