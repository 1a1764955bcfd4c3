import { randomBytes } from "node:crypto";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";

// The address of the machine at the other end of the connection, for rate limits
// (lib/auth/client-ip.ts). Server actions and route handlers only see headers, and Next fills
// x-forwarded-for with the socket address only when the client sent none, so under a plain
// `next start` the client chooses it. So the Node server stamps every request with its socket
// peer under a header of our own, replacing anything a client sent by that name. Installed
// once per process (lib/server-start.ts); `http.Server.prototype` because `next start` creates
// its server before any of our code runs. Next starts listening before it runs our code, so a
// request may arrive before the stamp is installed, with a copy the client wrote: the value
// therefore starts with a secret of this process, and only a value carrying it is believed.

export const PEER_ADDRESS_HEADER = "x-storefront-peer-address";

const INSTALLED = Symbol.for("storefront.peer-address");
// On globalThis: the server's bundle and the app's bundles each have their own module copy.
const TOKEN = Symbol.for("storefront.peer-address-token");

function processToken(): string {
  const scope = globalThis as { [TOKEN]?: string };
  return (scope[TOKEN] ??= randomBytes(16).toString("hex"));
}

/** Starts stamping requests on every HTTP(S) server of the process; once per process. */
export function stampPeerAddresses(): void {
  for (const prototype of [http.Server.prototype, https.Server.prototype] as {
    emit: http.Server["emit"];
    [INSTALLED]?: true;
  }[]) {
    if (prototype[INSTALLED]) continue;
    const emit = prototype.emit;
    prototype.emit = function stampingEmit(this: unknown, event: string | symbol, ...args: unknown[]): boolean {
      if (event === "request") stamp(args[0] as IncomingMessage);
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    } as typeof emit;
    prototype[INSTALLED] = true;
  }
}

function stamp(request: IncomingMessage): void {
  const address = peerAddress(request.socket?.remoteAddress);
  if (address) request.headers[PEER_ADDRESS_HEADER] = `${processToken()} ${address}`;
  // A closed socket has no address: better no header than the client's.
  else delete request.headers[PEER_ADDRESS_HEADER];
}

/** An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d; the same client either way. */
export function peerAddress(remote: string | undefined): string | undefined {
  if (!remote) return undefined;
  return remote.startsWith("::ffff:") && remote.includes(".") ? remote.slice(7) : remote;
}

/** The address this process stamped on a request; undefined for an unstamped or forged header. */
export function stampedPeerAddress(headers: Headers): string | undefined {
  const [token, address] = (headers.get(PEER_ADDRESS_HEADER) ?? "").split(" ");
  return token === processToken() && address ? address : undefined;
}

/** A header as this process stamps it, for tests. */
export function stampedHeaderValue(address: string): string {
  return `${processToken()} ${address}`;
}
