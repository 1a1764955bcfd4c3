// What "use client" components may import from this domain: pure helpers, view types and
// server actions. Nothing here may reach the database or Node APIs.
export { formatAddressLine } from "./address-format";
export type { CheckoutDraft } from "./details";
