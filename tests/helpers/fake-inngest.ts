import { sendJson, startTestServer } from "./http-server";

// Inngest's event API as the SDK's send() speaks it: POST /e/<event key> with a JSON array
// of events, answered with { ids, status: 200 }. Like Inngest, an event whose id was seen
// before is accepted but not run again; `runs` counts the events that would start runs.

export type ReceivedEvent = { id?: string; name: string; data: Record<string, unknown>; ts?: number };

export type FakeInngest = {
  url: string;
  eventKey: string;
  /** Every event in every accepted request, duplicates included. */
  received: ReceivedEvent[];
  /** Events that would start function runs: the first with each id. */
  runs: ReceivedEvent[];
  /** Fail the next `count` HTTP requests with a 500 (the SDK itself retries each send up to 5 times). */
  failNextRequests: (count: number) => void;
  /** Refuse every request that carries this event id. */
  rejectEvent: (id: string) => void;
  close: () => Promise<void>;
};

export async function startFakeInngest(eventKey = "test-event-key"): Promise<FakeInngest> {
  const received: ReceivedEvent[] = [];
  const runs: ReceivedEvent[] = [];
  const seen = new Set<string>();
  const rejected = new Set<string>();
  let failures = 0;

  const server = await startTestServer((request, response) => {
    if (request.method !== "POST" || request.url !== `/e/${eventKey}`)
      return sendJson(response, 401, { error: "Event key not found", status: 401 });
    const events = JSON.parse(request.body) as ReceivedEvent[];
    if (failures > 0) {
      failures -= 1;
      return sendJson(response, 500, { error: "Injected failure", status: 500 });
    }
    if (events.some((event) => event.id && rejected.has(event.id)))
      return sendJson(response, 500, { error: "Rejected event", status: 500 });
    for (const event of events) {
      received.push(event);
      if (event.id && seen.has(event.id)) continue;
      if (event.id) seen.add(event.id);
      runs.push(event);
    }
    sendJson(response, 200, { ids: events.map((event) => event.id ?? "generated"), status: 200 });
  });

  return {
    url: server.url,
    eventKey,
    received,
    runs,
    failNextRequests: (count) => {
      failures += count;
    },
    rejectEvent: (id) => rejected.add(id),
    close: server.close,
  };
}
