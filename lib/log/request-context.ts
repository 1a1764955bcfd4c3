import { AsyncLocalStorage } from "node:async_hooks";

// The request a piece of work belongs to, for log lines: set around each request by the HTTP
// server hook (lib/http/server-registry.ts) and carried through everything the request awaits.

export type RequestContext = { requestId: string };

const STORE = Symbol.for("storefront.request-context");
// On globalThis: the server's bundle and the app's bundles each have their own module copy.
const holder = globalThis as unknown as { [STORE]?: AsyncLocalStorage<RequestContext> };
const storage = (holder[STORE] ??= new AsyncLocalStorage<RequestContext>());

export function runInRequest<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/** A request id a client or proxy sent, if it looks like one; otherwise undefined. */
export function acceptedRequestId(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9._:-]{8,128}$/.test(value) ? value : undefined;
}
