// Fraud checks before fulfilment: each order's risk level and reasons, assessed when it is
// placed and again when Stripe reports its card payment; a high-risk order is held until staff
// approve it. Thresholds are the owner's (the `risk` settings); the points are in ./score.ts.
export { approveHeldOrder, isHeld } from "./approve";
export { assessCardOutcome, assessPlacedOrder, type CardOutcome } from "./assess";
export type { RiskLevel, RiskReason } from "@/db/schema";
