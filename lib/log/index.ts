// Structured logs (docs/architecture.md, "Observability").
export type { Logger } from "pino";
export { log } from "./logger";
export { maskEmails } from "./redact";
export { acceptedRequestId, currentRequest, runInRequest } from "./request-context";
export { logRequestError } from "./request-error";
