// The HTTP server: the peer address stamped on each request and a graceful close.
export { closeServerGracefully } from "./close-server";
export type { ServerClosing } from "./close-server";
export { stampedPeerAddress } from "./peer-address";
export { httpServers } from "./server-registry";
