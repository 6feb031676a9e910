import { afterEach, describe, expect, it, vi } from "vitest";
import { mount } from "../../src/widget/mount";
import { clearMountedPage, fakeDelivery, host, kitAttached, tick } from "./mount-fixtures";

afterEach(clearMountedPage);

const config = {
  id: "styles-form",
  endpoint: "https://api.example.com/leads",
  questions: [
    { id: "email", type: "email", label: "Work email", required: true },
    { id: "role", type: "single", label: "Your role", options: [{ value: "vp", label: "VP" }, { value: "manager", label: "Manager" }] },
  ],
  theme: { accent: "#aa0000" },
};

/** The CSS text of each sheet adopted into the element's shadow root, in order. */
const sheets = (element: Element) =>
  (element.shadowRoot?.adoptedStyleSheets ?? []).map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join("\n"));

describe("the widget's stylesheets", () => {
  it("styles the first question without the kit's rules, and adopts the kit's sheet before the theme's when the kit arrives", async () => {
    const { delivery, startDelivery } = fakeDelivery();
    const element = host();
    await mount(element, config, {}, { startDelivery });
    const first = sheets(element).join("\n");
    expect(first).toContain(".lq-input");
    expect(first).not.toContain(".lq-choice");
    await kitAttached(delivery);
    await vi.waitFor(() => expect(sheets(element).some((css) => css.includes(".lq-choice"))).toBe(true));
    const after = sheets(element);
    const kit = after.findIndex((css) => css.includes(".lq-choice"));
    const theme = after.findIndex((css) => css.includes("--lq-accent: #aa0000"));
    expect(kit).toBeGreaterThan(-1);
    expect(theme).toBeGreaterThan(kit);
  });

  it("has the kit's rules before a first step that needs the kit renders", async () => {
    const element = host();
    await mount(element, { ...config, flow: { questionsPerStep: 2 } }, {}, { startDelivery: fakeDelivery().startDelivery });
    expect(element.shadowRoot?.querySelector("input[type=radio]")).not.toBeNull();
    expect(sheets(element).some((css) => css.includes(".lq-choice"))).toBe(true);
  });

  it("attaches the shadow root only when there is something to show, so no frame paints an empty styled box", async () => {
    let respond!: (response: Response) => void;
    const fetch = vi.fn(() => new Promise<Response>((resolve) => (respond = resolve)));
    const element = host();
    const mounted = mount(element, "/forms/slow.json", {}, { startDelivery: fakeDelivery().startDelivery, fetch });
    await tick();
    expect(fetch).toHaveBeenCalledOnce();
    expect(element.shadowRoot).toBeNull();
    respond(new Response(JSON.stringify(config)));
    const handle = await mounted;
    expect(handle.state).toBe("ready");
    expect(element.shadowRoot?.querySelector("input[type=email]")).not.toBeNull();
  });

  it("shows a broken config's notice with the notice's own stylesheet", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const element = host();
    const handle = await mount(element, { ...config, questions: [] }, {}, { startDelivery: fakeDelivery().startDelivery });
    expect(handle.state).toBe("error");
    expect(element.shadowRoot?.querySelector(".lq-notice")).not.toBeNull();
    expect(sheets(element).some((css) => css.includes(".lq-notice"))).toBe(true);
  });
});
