import { describe, expect, it } from "vitest";
import { formatPath } from "../../src/server/format-lead-issues";

describe("formatPath", () => {
  it("uses dots for keys and brackets for indexes", () => {
    expect(formatPath(["answers", "need", 0])).toBe("answers.need[0]");
    expect(formatPath(["score", "dimensions", "fit"])).toBe("score.dimensions.fit");
    expect(formatPath([])).toBe("");
  });
});
