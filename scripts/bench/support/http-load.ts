import autocannon from "autocannon";
import { percentile } from "./report";

// One HTTP load phase with autocannon: `connections` clients sending back to back for
// `seconds`, every response's latency recorded (for exact percentiles) and its status checked.

export type LoadTarget = {
  name: string;
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Statuses that count as served (default 200). */
  expect?: number[];
  /** Headers that differ from request to request (each one a new shopper, say). */
  eachRequest?: () => Record<string, string>;
};

export type LoadResult = {
  name: string;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Responses with another status, and connection errors or timeouts. */
  failures: number;
  /** Server CPU per request in ms. */
  cpuMs: number;
};

export async function drive(
  baseUrl: string,
  target: LoadTarget,
  { connections, seconds, serverCpuMs }: { connections: number; seconds: number; serverCpuMs: () => number },
): Promise<LoadResult> {
  const expect = new Set(target.expect ?? [200]);
  const latencies: number[] = [];
  let failures = 0;
  const cpuBefore = serverCpuMs();
  const options = {
    url: baseUrl + target.path,
    connections,
    duration: seconds,
    method: target.method ?? "GET",
    headers: target.headers,
    body: target.body,
    timeout: 10,
    ...(target.eachRequest
      ? {
          requests: [
            {
              setupRequest: (request: autocannon.Request) => ({
                ...request,
                headers: { ...request.headers, ...target.eachRequest!() },
              }),
            },
          ],
        }
      : {}),
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, status, _bytes, ms) => {
      latencies.push(ms);
      if (!expect.has(status)) failures += 1;
    });
  });
  const cpu = serverCpuMs() - cpuBefore;
  failures += result.errors + result.timeouts;
  latencies.sort((a, b) => a - b);
  const elapsed = result.duration || seconds;
  return {
    name: target.name,
    requests: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    failures,
    cpuMs: latencies.length > 0 ? cpu / latencies.length : NaN,
  };
}
