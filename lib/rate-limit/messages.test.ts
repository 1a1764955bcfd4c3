import { describe, expect, it } from "vitest";
import { retryMessage } from "./messages";

describe("retryMessage", () => {
  it("says how many seconds to wait", () => {
    expect(retryMessage(42)).toBe("Too many attempts. Try again in 42 seconds.");
    expect(retryMessage(1)).toBe("Too many attempts. Try again in 1 second.");
  });

  it("never says zero or a fraction", () => {
    expect(retryMessage(0)).toBe("Too many attempts. Try again in 1 second.");
    expect(retryMessage(2.1)).toBe("Too many attempts. Try again in 3 seconds.");
  });
});
