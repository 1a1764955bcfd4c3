// Liveness (/api/health: is the process serving) and readiness (/api/health/ready: should the
// load balancer send it traffic); docs/architecture.md, "Degrading and shutting down".
export { checkHealth } from "./live";
export { checkReadiness, type Readiness } from "./ready";
