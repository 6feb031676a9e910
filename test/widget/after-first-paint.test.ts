import { describe, expect, it, vi } from "vitest";
import { afterFirstPaint } from "../../src/widget/after-first-paint";

describe("afterFirstPaint", () => {
  it("runs once, in a task after the next animation frame", () => {
    vi.useFakeTimers();
    const frames: Array<() => void> = [];
    const fn = vi.fn();
    afterFirstPaint({ setTimeout: window.setTimeout.bind(window), requestAnimationFrame: (cb) => (frames.push(() => cb(0)), 1) }, fn);
    vi.advanceTimersByTime(0);
    expect(fn).not.toHaveBeenCalled();
    frames.shift()!();
    vi.advanceTimersByTime(0);
    expect(fn).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledOnce();
    vi.useRealTimers();
  });

  it("still runs in a hidden tab, where no frame comes", () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    afterFirstPaint({ setTimeout: window.setTimeout.bind(window), requestAnimationFrame: () => 1 }, fn, 250);
    vi.advanceTimersByTime(249);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledOnce();
    vi.useRealTimers();
  });
});
