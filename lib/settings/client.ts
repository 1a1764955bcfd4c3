// What "use client" components may import from this domain: pure helpers, view types and
// server actions. Nothing here may reach the database or Node APIs.
export type { HomeSettings } from "./sections/home";
export type { PaymentSettings } from "./sections/payments";
export type { ReviewSettings } from "./sections/reviews";
export type { RiskSettings } from "./sections/risk";
export type { ShippingMethodSettings, ShippingSettings, ShippingZoneSettings } from "./sections/shipping";
export type { StoreSettings } from "./sections/store";
export type { TaxRateSettings, TaxSettings } from "./sections/tax";
