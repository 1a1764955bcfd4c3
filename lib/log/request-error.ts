import { log } from "./logger";

// Next calls instrumentation.ts's onRequestError for every error that ends a render, a route
// handler or a server action: what a shopper sees as error.tsx or a 500. The digest on the
// error page matches the `digest` field of this line.

type ErrorRequest = { path: string; method: string };
type ErrorContext = { routerKind: string; routePath: string; routeType: string };

export function logRequestError(error: unknown, request: ErrorRequest, context: ErrorContext): void {
  const digest = (error as { digest?: unknown } | null)?.digest;
  log.error(
    {
      err: error,
      digest: typeof digest === "string" ? digest : undefined,
      method: request.method,
      url: request.path,
      route: context.routePath,
      route_type: context.routeType,
    },
    `request failed: ${request.method} ${context.routePath}`,
  );
}
