import { createHmac, randomBytes } from "node:crypto";
import { sendJson, startTestServer } from "./http-server";

// Twilio's Messages API as far as the store uses it: POST
// /2010-04-01/Accounts/{AccountSid}/Messages.json, form-encoded, with HTTP basic auth of the
// account SID and auth token, answered 201 with the message resource; errors as Twilio's
// JSON ({ code, message, more_info, status }). Plus the signature Twilio puts on the
// webhooks it calls, computed here from its documented recipe, not with the SDK under test.

export type TwilioMessageRequest = { accountSid: string; params: Record<string, string> };

export type FakeTwilio = {
  url: string;
  accountSid: string;
  authToken: string;
  /** Every authenticated POST to Messages.json. */
  requests: TwilioMessageRequest[];
  /** Messages "sent" (answered 201). */
  sent: TwilioMessageRequest[];
  /** Answer the next `count` requests with this error instead of sending. */
  failNext: (count: number, status?: number, code?: number) => void;
  /** Leave the next `count` requests unanswered (the sender's timeout must end them). */
  hangNext: (count: number) => void;
  close: () => Promise<void>;
};

export async function startFakeTwilio(options: { port?: number } = {}): Promise<FakeTwilio> {
  const accountSid = `AC${randomBytes(16).toString("hex")}`;
  const authToken = randomBytes(16).toString("hex");
  const requests: TwilioMessageRequest[] = [];
  const sent: TwilioMessageRequest[] = [];
  const failures: { status: number; code: number }[] = [];
  let hanging = 0;

  const server = await startTestServer((request, response) => {
    // Not Twilio's: the e2e journeys read what was "delivered" here.
    if (request.method === "GET" && request.url === "/messages")
      return sendJson(
        response,
        200,
        sent.map((s) => s.params),
      );
    const match = /^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})\/Messages\.json$/.exec(request.url ?? "");
    if (request.method !== "POST" || !match)
      return twilioError(response, 404, 20404, "The requested resource was not found");
    const expected = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`;
    if (match[1] !== accountSid || request.headers.authorization !== expected)
      return twilioError(response, 401, 20003, "Authenticate");
    if (!String(request.headers["content-type"]).startsWith("application/x-www-form-urlencoded"))
      return twilioError(response, 400, 21617, "Expected a form-encoded body");
    const params = Object.fromEntries(new URLSearchParams(request.body));
    const captured = { accountSid: match[1], params };
    requests.push(captured);

    if (hanging > 0) {
      hanging -= 1;
      return; // never answered; the client gives up
    }
    const failure = failures.shift();
    if (failure) return twilioError(response, failure.status, failure.code, `Injected error ${failure.code}`);
    if (!params.To) return twilioError(response, 400, 21604, "A 'To' phone number is required.");
    if (!params.Body) return twilioError(response, 400, 21602, "Message body is required.");
    if (!params.From && !params.MessagingServiceSid)
      return twilioError(response, 400, 21603, "A 'From' phone number is required.");

    sent.push(captured);
    const sid = `SM${randomBytes(16).toString("hex")}`;
    const now = new Date().toUTCString();
    sendJson(response, 201, {
      sid,
      account_sid: accountSid,
      to: params.To,
      from: params.From ?? null,
      messaging_service_sid: params.MessagingServiceSid ?? null,
      body: params.Body,
      status: "queued",
      direction: "outbound-api",
      num_segments: "1",
      num_media: "0",
      price: null,
      price_unit: "USD",
      api_version: "2010-04-01",
      date_created: now,
      date_updated: now,
      date_sent: null,
      error_code: null,
      error_message: null,
      uri: `/2010-04-01/Accounts/${accountSid}/Messages/${sid}.json`,
      subresource_uris: { media: `/2010-04-01/Accounts/${accountSid}/Messages/${sid}/Media.json` },
    });
  }, options);

  return {
    url: server.url,
    accountSid,
    authToken,
    requests,
    sent,
    failNext: (count, status = 500, code = 20500) => {
      for (let i = 0; i < count; i += 1) failures.push({ status, code });
    },
    hangNext: (count) => {
      hanging += count;
    },
    close: server.close,
  };
}

function twilioError(response: Parameters<typeof sendJson>[0], status: number, code: number, message: string): void {
  sendJson(response, status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });
}

/**
 * X-Twilio-Signature for a webhook Twilio posts to `url` with these form fields: HMAC-SHA1 of
 * the URL followed by each field's name and value in name order, keyed by the auth token, base64.
 */
export function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], url);
  return createHmac("sha1", authToken).update(data, "utf8").digest("base64");
}

/** A signed inbound message as Twilio posts it to the store's webhook. */
export function inboundMessage(
  authToken: string,
  url: string,
  fields: { From: string; Body: string; To?: string },
  options: { signature?: string } = {},
): Request {
  const params: Record<string, string> = {
    MessageSid: `SM${randomBytes(16).toString("hex")}`,
    AccountSid: `AC${randomBytes(16).toString("hex")}`,
    To: fields.To ?? "+15005550006",
    From: fields.From,
    Body: fields.Body,
    NumMedia: "0",
  };
  return new Request(url, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-twilio-signature": options.signature ?? twilioSignature(authToken, url, params),
    },
    body: new URLSearchParams(params).toString(),
  });
}
