import type { Server } from "node:http";
import { Server as NetServer } from "node:net";
import { watchedServer } from "./server-registry";

export type ServerClosing = "drained" | "cut";

/** How long a kept-alive connection may stay idle once its server is closing. */
export const CLOSING_IDLE_MS = 1_000;

/**
 * Closes `server` the way a shutdown should. It takes no new connections at once. A request
 * in progress, or arriving on a kept-alive connection meanwhile, is answered with
 * `Connection: close`, and its connection closes after it: a busy keep-alive client would
 * otherwise hold the server open for as long as it keeps asking. A connection idle for
 * `idleMs` is closed. At `deadline` whatever is left is cut. Resolves when no connection is left.
 *
 * Idle connections are not dropped at once, as `server.close()` would: a client may already
 * have sent its next request on one, and would get a reset instead of an answer.
 */
export async function closeServerGracefully(
  server: Server,
  deadline: number,
  { idleMs = CLOSING_IDLE_MS }: { idleMs?: number } = {},
): Promise<ServerClosing> {
  const watch = watchedServer(server);
  watch.closing = true;
  for (const response of watch.responses) {
    if (!response.headersSent) response.setHeader("connection", "close");
  }
  // From now on a connection closes after `idleMs` without a request (Node arms this timer
  // as each response finishes); the sweep below catches those idle since before the close.
  server.keepAliveTimeout = Math.min(server.keepAliveTimeout || idleMs, idleMs);
  const sweep = setTimeout(() => server.closeIdleConnections(), idleMs);
  // net.Server's close stops listening and resolves when the last connection is gone;
  // http.Server's would also drop idle connections at once (see above).
  const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));

  let timer: NodeJS.Timeout | undefined;
  const cut = new Promise<"cut">(
    (resolve) => (timer = setTimeout(() => resolve("cut"), Math.max(0, deadline - Date.now()))),
  );
  const outcome = await Promise.race([closed.then(() => "drained" as const), cut]);
  clearTimeout(timer);
  clearTimeout(sweep);
  if (outcome === "cut") {
    server.closeAllConnections();
    await closed;
  }
  return outcome;
}
