// Stripe Checkout and its webhooks, which settle orders; the payment window of unpaid orders.
export { paymentWindowEndsAt, startStripeCheckout } from "./checkout-session";
export { closePaymentWindow } from "./payment-window";
export { cancelUnpaidOrder, payForOrder } from "./actions/buyer-order";
export { receiveStripeWebhook } from "./webhooks/receive";
