import twilio from "twilio";
import type RequestClient from "twilio/lib/base/RequestClient";

// The SDK's own HTTP client (form-encoded POSTs, basic auth, its error bodies), with two
// changes it has no option for: every request is cut off after `timeoutMs` in total (the SDK's
// timeout is the socket's idle time, which a server trickling bytes never reaches), and with
// `apiUrl` the request goes to that server instead of api.twilio.com (its edge and region
// options only pick another twilio.com host), which is how tests reach their fake Twilio.

export function twilioHttpClient(options: { timeoutMs: number; apiUrl?: string }): twilio.RequestClient {
  const client = new (class extends twilio.RequestClient {
    override request<TData>(opts: RequestClient.RequestOptions<TData>) {
      return super.request<TData>({ ...opts, uri: options.apiUrl ? rebase(opts.uri, options.apiUrl) : opts.uri });
    }
  })({ timeout: options.timeoutMs });
  client.axios.interceptors.request.use((config) => {
    config.signal = AbortSignal.timeout(options.timeoutMs);
    return config;
  });
  return client;
}

/** `https://api.twilio.com/2010-04-01/…` on another server, path and query kept. */
function rebase(uri: string, apiUrl: string): string {
  const from = new URL(uri);
  const to = new URL(apiUrl);
  return new URL(`${from.pathname}${from.search}`, to).href;
}
