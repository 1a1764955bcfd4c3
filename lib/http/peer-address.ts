import http, { type IncomingMessage } from "node:http";
import https from "node:https";

// The address of the machine at the other end of the connection, for rate limits
// (lib/auth/client-ip.ts). Server actions and route handlers only see headers, and Next fills
// x-forwarded-for with the socket address only when the client sent none, so under a plain
// `next start` the client chooses it. So the Node server stamps every request with its socket
// peer under a header of our own, replacing anything a client sent by that name: a value in
// it was written by this process. Installed once per process, before the first request
// (lib/server-start.ts); `http.Server.prototype` because `next start` creates its server
// before any of our code runs.

export const PEER_ADDRESS_HEADER = "x-storefront-peer-address";

const INSTALLED = Symbol.for("storefront.peer-address");

/** Starts stamping requests on every HTTP(S) server of the process; once per process. */
export function stampPeerAddresses(): void {
  for (const prototype of [http.Server.prototype, https.Server.prototype] as { emit: http.Server["emit"]; [INSTALLED]?: true }[]) {
    if (prototype[INSTALLED]) continue;
    const emit = prototype.emit;
    prototype.emit = function stampingEmit(this: unknown, event: string | symbol, ...args: unknown[]): boolean {
      if (event === "request") stamp(args[0] as IncomingMessage);
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    } as typeof emit;
    prototype[INSTALLED] = true;
  }
}

/** Sets the header on one request; exported for tests. */
export function stamp(request: IncomingMessage): void {
  const address = peerAddress(request.socket?.remoteAddress);
  if (address) request.headers[PEER_ADDRESS_HEADER] = address;
  // A closed socket has no address: better no header than the client's.
  else delete request.headers[PEER_ADDRESS_HEADER];
}

/** An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d; the same client either way. */
export function peerAddress(remote: string | undefined): string | undefined {
  if (!remote) return undefined;
  return remote.startsWith("::ffff:") && remote.includes(".") ? remote.slice(7) : remote;
}
