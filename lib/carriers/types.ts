// The carrier adapter (docs/architecture.md, "Carriers"): what checkout, the admin's ship form
// and the tracking webhook need from a multi-carrier API. EasyPost is the one provider
// (./easypost.ts); without its key there is no carrier and the store's own rates apply.

/** Where a parcel goes from or to, as carriers want it. */
export type CarrierAddress = {
  name: string;
  company?: string;
  street1: string;
  street2?: string;
  city: string;
  state?: string;
  zip: string;
  country: string;
  phone?: string;
  email?: string;
};

/** One price a carrier offers for a parcel. Amount in minor units of `currency`. */
export type CarrierRate = {
  shipmentId: string;
  rateId: string;
  carrier: string;
  service: string;
  amount: number;
  currency: string;
  deliveryDays: number | null;
};

export type BoughtLabel = {
  carrier: string;
  trackingNumber: string;
  trackingUrl: string | null;
  labelUrl: string;
};

/** The statuses the store acts on; anything else a carrier says is kept as "other". */
export type TrackingStatus = "pre_transit" | "in_transit" | "out_for_delivery" | "delivered" | "other";

/** One tracker event from the carrier's webhook, already verified. */
export type TrackingUpdate = {
  eventId: string;
  shipmentId: string | null;
  trackingNumber: string;
  status: TrackingStatus;
  /** What the carrier said last (its newest tracking detail), e.g. "Arrived at facility". */
  message: string;
  location: string | null;
  occurredAt: Date;
};

export type Carrier = {
  provider: "easypost";
  /** Every rate for this parcel; throws when the carrier fails or misses its deadline. */
  quoteRates: (input: { from: CarrierAddress; to: CarrierAddress; weightGrams: number }) => Promise<CarrierRate[]>;
  /** Buys the rate's label; a shipment bought already answers its existing label instead of buying twice. */
  buyLabel: (input: { shipmentId: string; rateId: string }) => Promise<BoughtLabel>;
  /**
   * Asks the carrier to follow a tracking number staff typed (a label bought through it is
   * followed already), so its webhooks report that parcel too. Safe to repeat: the provider
   * answers an existing tracker. Resolves false when the carrier refuses the number.
   */
  followTracking: (input: { trackingNumber: string; carrier: string }) => Promise<boolean>;
  /** The tracker update a webhook delivers, or throws SignatureError. Null for events about something else. */
  readWebhook: (rawBody: string, headers: Headers) => TrackingUpdate | null;
};

export class SignatureError extends Error {}
