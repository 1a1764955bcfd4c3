// Texts (SMS): the sender (Twilio, or the log on the embedded default), idempotent sends
// through the outbox, the STOP/START webhook, and the sent-text log for /admin/texts.
export { receiveTwilioWebhook } from "./inbound";
export { TEXTS_PAGE_SIZE, listTexts } from "./log-reads";
export { textAboutOrder } from "./order-texts";
export { getSmsSender } from "./sender";
