import { trace } from "@opentelemetry/api";
import pino, { type Logger } from "pino";
import pretty from "pino-pretty";
import { env } from "@/lib/env";
import { redactFields } from "./redact";
import { currentRequest } from "./request-context";

// One logger for the server (docs/architecture.md, "Observability"): JSON lines with level,
// time, request id and trace id; secrets, emails and link tokens removed before a line is
// written. `next dev` pipes the same lines through pino-pretty.

// Readable lines while developing; JSON lines everywhere else, written at once (a crash loses none).
function defaultDestination(): pino.DestinationStream {
  if (env.NODE_ENV === "development") return pretty({ sync: true, colorize: true, translateTime: "SYS:HH:MM:ss" });
  return pino.destination({ fd: 1, sync: true });
}

/** The store's logger configuration; `destination` is for tests (stdout otherwise). */
export function createLogger(destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level: env.NODE_ENV === "test" && env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL,
      base: { service: env.OTEL_SERVICE_NAME },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (fields) => redactFields(fields) as Record<string, unknown>,
      },
      hooks: {
        // The message itself may name a shopper ("sent to jane@…").
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === "string" ? (redactFields(arg) as string) : arg)) as typeof args,
          );
        },
      },
      mixin() {
        const span = trace.getActiveSpan()?.spanContext();
        const request = currentRequest();
        return {
          ...(request ? { request_id: request.requestId } : {}),
          ...(span && span.traceFlags !== 0 ? { trace_id: span.traceId, span_id: span.spanId } : {}),
        };
      },
      serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
    },
    destination ?? defaultDestination(),
  );
}

const LOGGER = Symbol.for("storefront.logger");
const holder = globalThis as unknown as { [LOGGER]?: Logger };

/** The process's logger; `log.child({ module: "outbox" })` for a part of the store. */
export const log: Logger = (holder[LOGGER] ??= createLogger());
