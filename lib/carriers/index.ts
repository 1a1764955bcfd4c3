// Carriers (EasyPost when configured): live rates at checkout, labels bought when staff ship,
// tracking from the carrier's signed webhooks, and the carrier's events for the tracking page.
export { followShippedParcel } from "./follow";
export { buyLabelAndShip, canBuyLabel } from "./label";
export { liveRateOptions, type LiveRateOption } from "./rates";
export { liveRatesSetup, type LiveRatesSetup } from "./setup";
export { openRateSeal, usableRate } from "./rate-seal";
export * from "./client";
export { type CarrierEventView, listCarrierEvents } from "./event-reads";
export { receiveCarrierWebhook } from "./tracking";
