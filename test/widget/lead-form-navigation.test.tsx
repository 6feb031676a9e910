import { fireEvent, render, screen } from "@testing-library/preact";
import { describe, expect, it, vi } from "vitest";
import { LeadForm } from "../../src/widget/lead-form";
import { makeConfig } from "./fixtures";

describe("LeadForm navigation", () => {
  it("shows the first question as the step heading with Next and no Back", () => {
    render(<LeadForm config={makeConfig()} locale="en" onComplete={() => {}} />);
    expect(screen.getByRole("heading", { level: 2, name: "What is your role?" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "What is your role?" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Next" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Back" })).toBeNull();
  });
});
