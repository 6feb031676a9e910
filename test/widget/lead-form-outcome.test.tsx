import { signal } from "@preact/signals";
import { fireEvent, screen } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import type { Config } from "../../src/config/types";
import { clickButton, renderForm } from "./form-helpers";
import { makeConfig, ROLE } from "./fixtures";

const TIMEFRAME = {
  id: "timeframe",
  type: "single" as const,
  label: "When do you plan to buy?",
  options: [
    { value: "now", label: "This month" },
    { value: "later", label: "Next quarter" },
    { value: "never", label: "Just looking" },
  ],
};

function tierConfig(overrides: Partial<Config> = {}): Config {
  return makeConfig({
    questions: [ROLE, TIMEFRAME],
    scoring: {
      max: {},
      rules: [
        { if: { answer: "role", in: ["student"] }, tier: "disqualified", reason: "Student" },
        { if: { answer: "timeframe", in: ["now"] }, tier: "sales-ready", reason: "Now" },
        { if: { answer: "timeframe", in: ["later"] }, tier: "sales-later", reason: "Later" },
      ],
      thresholds: { "sales-ready": 100, nurture: 10 },
    },
    ...overrides,
  });
}

function answer(role: string, timeframe: string) {
  fireEvent.click(screen.getByRole("radio", { name: role }));
  clickButton("Next");
  fireEvent.click(screen.getByRole("radio", { name: timeframe }));
  clickButton("Submit");
}

const title = () => screen.getByRole("heading", { level: 2 }).textContent;

describe("LeadForm outcome", () => {
  it.each([
    ["Manager", "This month", "sales-ready", "Let's talk now"],
    ["Manager", "Next quarter", "sales-later", "Thanks — we'll call you when it suits you"],
    ["VP or C-level", "Just looking", "nurture", "Thanks! We'll send you useful material"],
    ["Student", "This month", "disqualified", "Thank you for your time"],
  ])("shows the default outcome for %s / %s (%s)", (role, timeframe, tier, heading) => {
    const { onComplete } = renderForm(tierConfig());
    answer(role, timeframe);
    expect(onComplete.mock.calls[0]?.[0].score.tier).toBe(tier);
    expect(title()).toBe(heading);
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("never says 'disqualified' to the visitor", () => {
    const { container } = renderForm(tierConfig());
    answer("Student", "This month");
    expect(container.textContent).not.toMatch(/disqualif/i);
  });

  it("shows the configured outcome with a CTA link whose url carries the encoded answers", () => {
    const config = tierConfig({
      outcomes: {
        "sales-ready": {
          title: "Book your demo",
          message: "Pick a time that suits you.",
          cta: { label: "Book a meeting", url: "https://cal.example.com/acme?role={role}&when={timeframe}&x={nope}" },
        },
      },
    });
    renderForm(config);
    answer("VP or C-level", "This month");
    expect(title()).toBe("Book your demo");
    expect(screen.getByText("Pick a time that suits you.")).toBeTruthy();
    const link = screen.getByRole("link", { name: "Book a meeting" });
    expect(link.getAttribute("href")).toBe("https://cal.example.com/acme?role=vp&when=now&x=");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toContain("noopener");
  });

  it("localizes the default outcome", () => {
    renderForm(tierConfig(), { locale: "de" });
    fireEvent.click(screen.getByRole("radio", { name: "Geschäftsleitung" }));
    clickButton("Weiter");
    fireEvent.click(screen.getByRole("radio", { name: "Next quarter" }));
    clickButton("Absenden");
    expect(title()).toBe("Danke — wir rufen Sie an, wann es Ihnen passt");
  });

  it("starts over with no answers when onRestart is given", () => {
    let restarted = 0;
    renderForm(tierConfig(), { onRestart: () => restarted++ });
    answer("Manager", "This month");
    clickButton("Start over");
    expect(restarted).toBe(1);
    expect(title()).toBe("What is your role?");
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 2 }));
    expect(screen.getAllByRole("radio").some((radio) => (radio as HTMLInputElement).checked)).toBe(false);
  });

  it("shows a 'received' cue with the outcome and Start over as a quiet link at its foot, after the call to action", () => {
    renderForm(tierConfig(), { onRestart: () => {} });
    answer("Manager", "Next quarter");
    const outcome = document.querySelector(".lq-outcome")!;
    expect(outcome.querySelector(".lq-received")?.textContent).toBe("Answers received");
    const startOver = screen.getByRole("button", { name: "Start over" });
    expect(startOver.className).toBe("lq-link-button");
    expect(startOver.closest(".lq-outcome-foot")).toBe(outcome.lastElementChild);
  });

  it("drops the 'received' cue while a delivery notice says the answers did not get through", () => {
    const notice = signal<"refused" | "unreachable" | null>("refused");
    renderForm(tierConfig(), { deliveryNotice: notice });
    answer("Manager", "This month");
    expect(document.querySelector(".lq-received")).toBeNull();
    expect(screen.getByRole("status").textContent).toContain("could not pass your answers on");
  });

  it("offers no Start over button without onRestart", () => {
    renderForm(tierConfig());
    answer("Manager", "This month");
    expect(screen.queryByRole("button", { name: "Start over" })).toBeNull();
  });
});
