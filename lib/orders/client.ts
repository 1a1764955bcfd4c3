// What "use client" components may import from this domain: pure helpers, view types and
// server actions. Nothing here may reach the database or Node APIs.
export { paymentMethodHints, paymentMethodLabels } from "./payment-methods";
export type { TrackingView } from "./tracking";
export { orderEventDetail, orderEventLabels, orderStatusLabels } from "./labels";
export type { OrderEventType, OrderStatus } from "./types";
