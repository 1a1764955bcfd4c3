// Structured logs (docs/architecture.md, "Observability").
export type { Logger } from "pino";
export { log } from "./logger";
export { acceptedRequestId, runInRequest } from "./request-context";
export { logRequestError } from "./request-error";
