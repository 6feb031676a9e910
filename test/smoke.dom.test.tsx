import { render, screen } from "@testing-library/preact";
import { expect, it } from "vitest";
it("renders preact jsx in happy-dom", () => {
  render(<button>Next</button>);
  expect(screen.getByRole("button", { name: "Next" })).toBeTruthy();
});
