import { afterEach, describe, expect, it, vi } from "vitest";
import { log } from "./logger";
import { logRequestError } from "./request-error";

describe("logRequestError", () => {
  afterEach(() => vi.restoreAllMocks());

  it("logs an error page's failure once, with the digest the shopper's page shows", () => {
    const logged = vi.spyOn(log, "error").mockImplementation(() => {});
    const error = Object.assign(new Error("relation does not exist"), { digest: "2271489012" });
    logRequestError(
      error,
      { path: "/products/lamp", method: "GET" },
      { routerKind: "App Router", routePath: "/products/[slug]", routeType: "render" },
    );
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged).toHaveBeenCalledWith(
      expect.objectContaining({ err: error, digest: "2271489012", route: "/products/[slug]", url: "/products/lamp" }),
      "request failed: GET /products/[slug]",
    );
  });
});
