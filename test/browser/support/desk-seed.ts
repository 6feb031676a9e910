import type { Channel, Lead, Tier } from "../../../src/config/types";
import { createEventRepository } from "../../../src/store/event-repository";
import { createLeadRepository } from "../../../src/store/lead-repository";
import { openDatabase } from "../../../src/store/open-database";
import { serverLead } from "../../support/server-lead";

const PEOPLE = [
  ["Hana Kobayashi", "Northwind Retail"], ["Lukas Weber", "Brightline GmbH"], ["Amara Okafor", "Kite Logistics"],
  ["Diego Ramos", "Solaria Foods"], ["Sofia Rossi", "Vela Fashion"], ["Noah Schmidt", "Bergmann AG"],
  ["Priya Nair", "Quanta Health"], ["Tom Becker", "Uni Mannheim"], ["Elena Petrova", "Orbit Media"],
  ["Jonas Berg", "Fjord Outdoor"], ["Chloé Martin", "Atelier Lune"], ["Samuel Owusu", "Harbor Bank"],
  ["Mia Fischer", "TU Berlin"], ["Ravi Patel", "Cobalt Systems"], ["Julia Nowak", "Mosaic Travel"],
  ["Omar Haddad", "Cedar Pharma"], ["Lena Vogel", "Alpenmilch eG"], ["Marco Bianchi", "Tessuti SpA"],
] as const;

interface Plan { person: number; daysAgo: number; minutesAgo?: number; channel: Channel; tier: Tier; reasons: string[]; campaign?: string; productLine?: string; claimAfterMin?: number; claimBy?: string; booth?: BoothFacts }

/** What an assisted booth visit adds to a kiosk lead (issue 15): booth, badge, the staff's rating and who captured it. */
type BoothFacts = Required<Pick<Lead, "badge" | "staff" | "capturedBy">> & { booth: string };

const MIN = 60_000;
const DAY = 86_400_000;

/** Realistic desk data over two weeks (leads, claims, a requalification), written straight into an embedded database folder. */
export async function seedDesk(dataDir: string, now = Date.now()): Promise<void> {
  const plans: Plan[] = [
    { person: 0, daysAgo: 0, minutesAgo: 1, channel: "landing-page", tier: "sales-ready", reasons: ["Buying within a month"], campaign: "Spring webinar", productLine: "analytics" },
    { person: 1, daysAgo: 0, minutesAgo: 3, channel: "contact-form", tier: "sales-ready", reasons: ["Buying within a month"], productLine: "analytics" },
    { person: 2, daysAgo: 4, channel: "kiosk", tier: "nurture", reasons: ["Score reached the nurture threshold"], campaign: "RetailTech 2026", productLine: "retail" },
    { person: 2, daysAgo: 0, minutesAgo: 9, channel: "landing-page", tier: "sales-ready", reasons: ["Buying within a month"], campaign: "RetailTech 2026", productLine: "retail" },
    { person: 3, daysAgo: 1, channel: "landing-page", tier: "sales-ready", reasons: ["Buying within a month"], campaign: "Spring webinar", productLine: "analytics", claimAfterMin: 2, claimBy: "Ana Rep" },
    { person: 4, daysAgo: 2, channel: "kiosk", tier: "sales-ready", reasons: ["Buying within a month"], campaign: "RetailTech 2026", productLine: "retail", claimAfterMin: 4, claimBy: "Ben Rep" },
    { person: 5, daysAgo: 3, channel: "contact-form", tier: "sales-ready", reasons: ["Buying within a month"], productLine: "analytics", claimAfterMin: 12, claimBy: "Ana Rep" },
    { person: 6, daysAgo: 5, channel: "landing-page", tier: "sales-later", reasons: ["Asked for a later call"], campaign: "Spring webinar", productLine: "analytics" },
    { person: 7, daysAgo: 5, channel: "kiosk", tier: "disqualified", reasons: ["Student"], campaign: "RetailTech 2026", productLine: "retail" },
    { person: 8, daysAgo: 6, channel: "landing-page", tier: "nurture", reasons: ["Score reached the nurture threshold"], productLine: "analytics" },
    { person: 9, daysAgo: 7, channel: "kiosk", tier: "disqualified", reasons: ["No budget and no timeframe"], campaign: "RetailTech 2026", productLine: "retail" },
    { person: 10, daysAgo: 8, channel: "landing-page", tier: "sales-ready", reasons: ["Buying within a month"], campaign: "Spring webinar", productLine: "analytics", claimAfterMin: 3, claimBy: "Ben Rep" },
    { person: 11, daysAgo: 9, channel: "contact-form", tier: "nurture", reasons: ["Score reached the nurture threshold"], productLine: "analytics" },
    { person: 12, daysAgo: 9, channel: "kiosk", tier: "disqualified", reasons: ["Student"], campaign: "RetailTech 2026", productLine: "retail" },
    { person: 13, daysAgo: 10, channel: "landing-page", tier: "sales-later", reasons: ["Asked for a later call"], productLine: "analytics" },
    { person: 14, daysAgo: 11, channel: "landing-page", tier: "disqualified", reasons: ["Score below threshold"], campaign: "Spring webinar", productLine: "analytics" },
    { person: 15, daysAgo: 12, channel: "kiosk", tier: "sales-ready", reasons: ["Buying within a month"], campaign: "RetailTech 2026", productLine: "retail", claimAfterMin: 1, claimBy: "Ana Rep" },
    {
      person: 16, daysAgo: 12, channel: "kiosk", tier: "nurture", reasons: ["Score reached the nurture threshold"], campaign: "RetailTech 2026", productLine: "retail",
      booth: {
        booth: "B12",
        badge: { raw: "MECARD:UID:RT26-004217;;", format: "mecard", source: "scan", id: "RT26-004217" },
        staff: { rating: "B", note: "Runs 12 dairies, wants a pilot in Q1", followUp: ["book-demo"], decision: { tier: "sales-later", total: 45, reason: "Staff rating B" } },
        capturedBy: "Ben Staff",
      },
    },
    { person: 17, daysAgo: 13, channel: "landing-page", tier: "disqualified", reasons: ["Student"], productLine: "analytics" },
  ];
  const db = await openDatabase({ dataDir });
  try {
    const leads = createLeadRepository(db);
    const events = createEventRepository(db);
    const ids: string[] = [];
    for (const plan of plans) {
      const [name, company] = PEOPLE[plan.person]!;
      const at = new Date(now - plan.daysAgo * DAY - (plan.minutesAgo ?? 60 * (2 + (plan.person % 6))) * MIN).toISOString();
      const email = `${name.split(" ")[0]!.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "")}@${company.split(" ")[0]!.toLowerCase()}.example`;
      const lead = serverLead({
        at,
        channel: plan.channel,
        tier: plan.tier,
        total: plan.tier === "sales-ready" ? 78 : plan.tier === "sales-later" ? 61 : plan.tier === "nurture" ? 45 : 18,
        reasons: plan.reasons,
        productLine: plan.productLine ?? null,
        campaign: plan.campaign ? { type: plan.channel === "kiosk" ? "trade-show" : "webinar", name: plan.campaign } : null,
        formId: plan.channel === "kiosk" ? "kiosk-retailtech" : plan.channel === "contact-form" ? "acme-contact" : "acme-analytics",
        answers: { email, name, company, role: plan.tier === "disqualified" && plan.reasons[0] === "Student" ? "student" : "vp", timeframe: plan.tier === "sales-ready" ? "now" : "next-quarter" },
      });
      if (plan.booth) {
        const { booth, ...input } = plan.booth;
        Object.assign(lead, input, { campaign: { ...lead.campaign, booth } });
      }
      await leads.insert(lead);
      ids.push(lead.leadId);
      if (plan.claimAfterMin !== undefined) await events.claim(lead.leadId, plan.claimBy!, new Date(Date.parse(at) + plan.claimAfterMin * MIN), at);
    }
    // Mia Fischer (TU Berlin) was set aside as a student; marketing knows better.
    await events.requalify(ids[plans.findIndex((p) => p.person === 12)]!, "Mia Marketing", new Date(now - 2 * DAY), { tier: "nurture", fromTier: "disqualified", note: "Lab manager buying for the faculty, not a student project" });
  } finally {
    await db.close();
  }
}
