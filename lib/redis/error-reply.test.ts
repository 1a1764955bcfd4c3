import { describe, expect, it } from "vitest";
import { isRequestError } from "./error-reply";

describe("isRequestError", () => {
  it("is true for replies about the request: a script to load, a script's or argument's error, a wrong type", () => {
    expect(isRequestError("NOSCRIPT No matching script. Please use EVAL.")).toBe(true);
    expect(isRequestError("ERR Error running script (call to f_abc): @user_script:1: bad argument")).toBe(true);
    expect(isRequestError("WRONGTYPE Operation against a key holding the wrong kind of value")).toBe(true);
  });

  it("is false for a server that cannot serve now, and for anything that is no Redis reply", () => {
    expect(isRequestError("LOADING Redis is loading the dataset in memory")).toBe(false);
    expect(isRequestError("OOM command not allowed when used memory > 'maxmemory'.")).toBe(false);
    expect(isRequestError("READONLY You can't write against a read only replica.")).toBe(false);
    expect(isRequestError("Unable to parse response body: <html><body>503 Service Unavailable</body></html>")).toBe(
      false,
    );
    expect(isRequestError('upstream connect error, command was: ["evalsha"]')).toBe(false);
    expect(isRequestError("ERRORS happen")).toBe(false);
  });
});
