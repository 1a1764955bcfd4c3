import { AsyncLocalStorage } from "node:async_hooks";
import type { ReadableSpan, SpanExporter } from "@opentelemetry/sdk-trace";
import { describe, expect, it } from "vitest";
import { exportingOutsideRequests } from "./exporter";

describe("the span exporter", () => {
  it("sends outside the request (render) it was called from", () => {
    const request = new AsyncLocalStorage<string>();
    const seen: (string | undefined)[] = [];
    const inner: SpanExporter = {
      export: (_spans, done) => {
        seen.push(request.getStore());
        done({ code: 0 });
      },
      shutdown: async () => {},
    };
    const exporter = exportingOutsideRequests(inner);

    request.run("render of /categories/tents", () => exporter.export([] as ReadableSpan[], () => {}));
    request.run("render of /categories/tents", () => inner.export([] as ReadableSpan[], () => {}));

    expect(seen).toEqual([undefined, "render of /categories/tents"]);
  });
});
