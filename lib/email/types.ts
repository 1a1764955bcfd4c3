import type { EmailStatus } from "@/db/schema";

// The plain props the email templates take. The event payloads in lib/events/schemas.ts have
// these shapes, and the checkout and accounts code can build them directly. Amounts are
// integer minor units of the order's `currency`.

export type EmailAddress = {
  fullName: string;
  company?: string;
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postalCode?: string;
  /** ISO 3166 alpha-2, e.g. "US". */
  country: string;
  phone?: string;
};

export type EmailOrderLine = {
  name: string;
  variant?: string;
  sku?: string;
  quantity: number;
  unitPrice: number;
  lineTotal: number;
};

export type EmailOrderTotals = {
  subtotal: number;
  discount: number;
  shipping: number;
  tax: number;
  total: number;
  /** The tax was part of the prices ("incl. VAT 20%"), not added on top. */
  pricesIncludeTax?: boolean;
  taxLines?: { label: string; basisPoints: number; amount: number }[];
};

/** Where a bank transfer goes; present on orders paid that way. */
export type EmailBankTransfer = {
  accountName: string;
  iban: string;
  bic?: string;
  bankName?: string;
  reference: string;
  amount: number;
};

export type EmailOrder = {
  orderNumber: string;
  customerName?: string;
  currency: string;
  items: EmailOrderLine[];
  totals: EmailOrderTotals;
  shippingAddress: EmailAddress;
  shippingMethod?: string;
  paymentMethod?: string;
  /** ISO 8601. */
  placedAt: string;
  orderUrl?: string;
  bankTransfer?: EmailBankTransfer;
  paymentPending?: boolean;
};

/** Where a sent email stands, as the admin email log shows it. */
export type { EmailStatus };
