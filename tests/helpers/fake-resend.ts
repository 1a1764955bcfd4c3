import { sendJson, startTestServer } from "./http-server";

// Resend's email API as far as the store uses it: POST /emails with a bearer key and an
// optional Idempotency-Key. Like Resend, a repeated key with the same body returns the
// first email instead of sending another, and a repeated key with a different body is a 409.

export type ResendRequest = {
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  body: { from: string; to: string | string[]; subject: string; html?: string; text?: string };
};

export type FakeResend = {
  url: string;
  apiKey: string;
  /** Every POST /emails that passed authentication. */
  requests: ResendRequest[];
  /** Emails actually "sent": one per idempotency key. */
  sent: ResendRequest[];
  /** Answer the next `count` requests with this error instead of sending. */
  failNext: (count: number, status?: number, name?: string) => void;
  close: () => Promise<void>;
};

/** On a free port for tests; on a fixed one (`port`) for the e2e run, whose store was started with RESEND_BASE_URL. */
export async function startFakeResend(apiKey = "re_test_key", options: { port?: number } = {}): Promise<FakeResend> {
  const requests: ResendRequest[] = [];
  const sent: ResendRequest[] = [];
  const byKey = new Map<string, { id: string; body: string }>();
  const failures: { status: number; name: string }[] = [];

  const server = await startTestServer((request, response) => {
    // Not Resend's: the e2e journeys read what was "delivered" here (their inbox).
    if (request.method === "GET" && request.url === "/emails")
      return sendJson(
        response,
        200,
        sent.map((s) => s.body),
      );
    if (request.method !== "POST" || request.url !== "/emails")
      return sendJson(response, 404, { statusCode: 404, name: "not_found", message: "Not found" });
    if (request.headers.authorization !== `Bearer ${apiKey}`) {
      return sendJson(response, 401, { statusCode: 401, name: "missing_api_key", message: "Missing or wrong API key" });
    }
    const idempotencyKey = request.headers["idempotency-key"] as string | undefined;
    const captured: ResendRequest = {
      authorization: request.headers.authorization,
      idempotencyKey,
      body: JSON.parse(request.body),
    };
    requests.push(captured);

    const failure = failures.shift();
    if (failure)
      return sendJson(response, failure.status, {
        statusCode: failure.status,
        name: failure.name,
        message: `Injected ${failure.name}`,
      });

    if (idempotencyKey) {
      const previous = byKey.get(idempotencyKey);
      if (previous && previous.body !== request.body) {
        return sendJson(response, 409, {
          statusCode: 409,
          name: "invalid_idempotent_request",
          message: "Same key, different payload",
        });
      }
      if (previous) return sendJson(response, 200, { id: previous.id });
    }
    const id = `re_${sent.length + 1}`;
    sent.push(captured);
    if (idempotencyKey) byKey.set(idempotencyKey, { id, body: request.body });
    sendJson(response, 200, { id });
  }, options);

  return {
    url: server.url,
    apiKey,
    requests,
    sent,
    failNext: (count, status = 500, name = "internal_server_error") => {
      for (let i = 0; i < count; i++) failures.push({ status, name });
    },
    close: server.close,
  };
}
