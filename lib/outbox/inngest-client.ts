import { type EventType, eventType, Inngest } from "inngest";
import { env } from "@/lib/env";
import { eventNames, eventSchemas, type EventName } from "@/lib/events";

// The Inngest client, and its typed events built from lib/events/schemas.ts. The schemas
// module is imported directly, not through lib/events/index.ts, whose runtime imports
// this client back.

type EventTypes = { [N in EventName]: EventType<N, (typeof eventSchemas)[N]> };

/** Inngest's typed event definitions (v4 `eventType`), usable as function triggers. */
export const eventTypes = Object.fromEntries(
  eventNames.map((name) => [name, eventType(name, { schema: eventSchemas[name] as never })]),
) as unknown as EventTypes;

// INNGEST_DEV may be a flag ("1") or the Dev Server's URL, as the Inngest CLI documents.
const devSetting = env.INNGEST_DEV;
const devIsFlag = devSetting === undefined || /^(1|0|true|false)$/i.test(devSetting);
const isDev = devSetting !== undefined && !/^(0|false)$/i.test(devSetting);

/** Inngest runs the background work when it has keys or a Dev Server; else the in-process dispatcher does. */
export const inngestConfigured = Boolean(env.INNGEST_EVENT_KEY) || isDev;

export const inngest = new Inngest({
  id: "storefront",
  eventKey: env.INNGEST_EVENT_KEY,
  signingKey: env.INNGEST_SIGNING_KEY,
  baseUrl: env.INNGEST_BASE_URL ?? (isDev && !devIsFlag ? devSetting : undefined),
  // Always a boolean, so the SDK does not read INNGEST_DEV from process.env on its own.
  isDev,
});
