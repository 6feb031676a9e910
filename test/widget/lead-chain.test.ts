import { describe, expect, it } from "vitest";
import { createLeadChain } from "../../src/widget/lead-chain";

const a = { leadId: "7b0c6a52-3f1e-4d8a-9a55-2f1f7b1d2c3e", tier: "nurture" as const };
const b = { leadId: "0f8fad5b-d9cb-469f-a165-70867728950e", tier: "sales-ready" as const };
const c = { leadId: "9b2d1c4e-1111-4a2b-8c3d-1234567890ab", tier: "sales-later" as const };

describe("createLeadChain", () => {
  it("starts from the profile's last lead and follows every lead this page sends", () => {
    const chain = createLeadChain({ kiosk: false, remembered: a });
    expect(chain.previous()).toEqual(a);
    chain.sent(b, false);
    expect(chain.previous()).toEqual(b);
  });

  it("falls back to the remembered lead after reset(), and to nothing after Not you?", () => {
    const chain = createLeadChain({ kiosk: false, remembered: null });
    chain.sent(a, true);
    chain.sent(b, false);
    chain.reset();
    expect(chain.previous()).toEqual(a);
    chain.forget();
    expect(chain.previous()).toBeNull();
  });

  it("never links two kiosk leads: each is a new person at the booth", () => {
    const chain = createLeadChain({ kiosk: true, remembered: null });
    chain.sent(a, false);
    chain.sent(c, false);
    expect(chain.previous()).toBeNull();
  });
});
