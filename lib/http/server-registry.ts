import { randomUUID } from "node:crypto";
import { type IncomingMessage, Server, type ServerResponse } from "node:http";
import { acceptedRequestId, runInRequest } from "@/lib/log";

// `next start` creates its http.Server before the app's code runs and hands it to no one, yet
// a graceful shutdown must close it (lib/server-shutdown.ts). So the server is found by the
// first connection it emits, through one wrapper on http.Server.prototype.emit, installed at
// start; the same wrapper notes each response in progress, which is what a shutdown must let
// finish, and answers with `Connection: close` once its server is closing.

export type WatchedServer = {
  /** Responses started and not yet closed. */
  readonly responses: Set<ServerResponse>;
  closing: boolean;
};

const REGISTRY = Symbol.for("storefront.http-servers");
const holder = globalThis as unknown as { [REGISTRY]?: Map<Server, WatchedServer> };

/** Starts noting the process's HTTP servers and their responses; once per process. */
export function watchHttpServers(): void {
  if (holder[REGISTRY]) return;
  const registry = (holder[REGISTRY] = new Map<Server, WatchedServer>());
  const emit = Server.prototype.emit;
  Server.prototype.emit = function watchedEmit(this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "connection") watched(registry, this);
    else if (event === "request") {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      noteResponse(watched(registry, this), response);
      const requestId = acceptedRequestId(request.headers["x-request-id"]) ?? randomUUID();
      response.setHeader("x-request-id", requestId);
      return runInRequest({ requestId }, () => Reflect.apply(emit, this, [event, ...args]) as boolean);
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}

/** The servers that took a connection and are still open. */
export function httpServers(): Server[] {
  return [...(holder[REGISTRY]?.keys() ?? [])];
}

/** The watch on `server` (started now if the server took no connection yet). */
export function watchedServer(server: Server): WatchedServer {
  watchHttpServers();
  return watched(holder[REGISTRY]!, server);
}

function watched(registry: Map<Server, WatchedServer>, server: Server): WatchedServer {
  let entry = registry.get(server);
  if (!entry) {
    entry = { responses: new Set(), closing: false };
    registry.set(server, entry);
    server.once("close", () => registry.delete(server));
  }
  return entry;
}

function noteResponse(entry: WatchedServer, response: ServerResponse): void {
  // A request that arrives on a kept-alive connection while the server closes is still
  // served, and its connection closes after the answer: the client opens its next one elsewhere.
  if (entry.closing) response.setHeader("connection", "close");
  entry.responses.add(response);
  response.once("close", () => entry.responses.delete(response));
}
