// How a fresh outbox row asks to be delivered without enqueue importing the dispatcher. The
// dispatcher's runtime loads every handler, and handlers (orders, payments) enqueue events:
// a direct import made the events, orders and payments modules one import cycle. The server
// installs the kick at start (lib/server-start.ts); where nothing is installed (scripts,
// tests) the row waits for an explicit kickDispatcher() or the periodic sweep.

type Kick = () => Promise<void>;

// On globalThis: Next bundles instrumentation (which installs the kick) and the routes
// (which enqueue) separately, so module state would not be shared between them.
const slot = globalThis as unknown as { __storefrontDispatchKick?: Kick };

/** Installs what runs after a response that enqueued events: a dispatcher kick. */
export function installDispatchKick(kick: Kick): void {
  slot.__storefrontDispatchKick = kick;
}

/** The installed kick, or undefined before the server has started. */
export function installedDispatchKick(): Kick | undefined {
  return slot.__storefrontDispatchKick;
}
