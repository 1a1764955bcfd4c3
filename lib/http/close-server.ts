import type { Server } from "node:http";
import { watchedServer } from "./server-registry";

export type ServerClosing = "drained" | "cut";

/**
 * Closes `server` the way a shutdown should: no new connections; idle kept-alive ones closed
 * now; every response in progress finishes and its connection closes after it (a busy
 * keep-alive client would otherwise hold the server open for as long as it keeps asking).
 * At `deadline` whatever is left is cut. Resolves once the server holds no connection.
 */
export async function closeServerGracefully(server: Server, deadline: number): Promise<ServerClosing> {
  const watch = watchedServer(server);
  watch.closing = true;
  // Resolves once the last connection is gone (at once, with an error, if already closed).
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  for (const response of watch.responses) {
    if (!response.headersSent) response.setHeader("connection", "close");
    // Headers already sent (a streamed page) cannot say so; the connection is idle once the
    // response is handed to the socket, and closed then.
    else response.once("finish", () => server.closeIdleConnections());
  }
  // server.close() closes idle connections too (Node >= 19); this makes it explicit.
  server.closeIdleConnections();

  let timer: NodeJS.Timeout | undefined;
  const cut = new Promise<"cut">((resolve) => (timer = setTimeout(() => resolve("cut"), Math.max(0, deadline - Date.now()))));
  const outcome = await Promise.race([closed.then(() => "drained" as const), cut]);
  clearTimeout(timer);
  if (outcome === "cut") {
    server.closeAllConnections();
    await closed;
  }
  return outcome;
}
