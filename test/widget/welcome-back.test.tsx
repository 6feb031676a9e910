import { cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { WelcomeBack } from "../../src/widget/welcome-back";

afterEach(cleanup);

describe("WelcomeBack", () => {
  it("greets the visitor by name and offers Not you? as a quiet link-style button", () => {
    const onNotYou = vi.fn();
    render(<WelcomeBack locale="en" name="Ana" onNotYou={onNotYou} />);
    expect(screen.getByText("Welcome back, Ana")).toBeTruthy();
    const button = screen.getByRole("button", { name: "Not you?" });
    expect(button.className).toBe("lq-link-button");
    fireEvent.click(button);
    expect(onNotYou).toHaveBeenCalledTimes(1);
  });

  it("greets without a name when none is remembered, in the visitor's language", () => {
    render(<WelcomeBack locale="de" name={null} onNotYou={() => {}} />);
    expect(screen.getByText("Willkommen zurück")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Nicht Sie?" })).toBeTruthy();
  });
});
