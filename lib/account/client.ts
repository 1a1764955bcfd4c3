// What "use client" components may import from this domain: pure helpers, view types and
// server actions. Nothing here may reach the database or Node APIs.
export { COUNTRY_CODES, COUNTRY_RULES, isCountryCode } from "./address-rules";
export type { CountryCode } from "./address-rules";
