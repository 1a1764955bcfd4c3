// Orders after placement: reads for shoppers and staff, the state machine and its
// transitions, tracking, labels and the payment methods.
export { alreadyApplied, applyTransition, machineOrder } from "./apply-transition";
export { newAccessToken, newOrderNumber } from "./identifiers";
export {
  lineLabel,
  nextStepText,
  orderEventDetail,
  orderStatusText,
  paymentMethodText,
  paymentStatusText,
} from "./labels";
export { addOrderNote, NOTE_MAX_LENGTH } from "./notes";
export { refundableQuantity, refundOrder } from "./refunds";
export type { RefundLine } from "./refunds";
export { enqueuePaidEvent, enqueueStockChanges } from "./notify";
export { PAYMENT_METHODS, paymentMethodLabels } from "./payment-methods";
export { availablePaymentMethods, availablePaymentMethodsFor, bankTransferDetails } from "./payment-settings";
export { getAccountOrder, getOrderForViewer, listOrdersForUser } from "./queries";
export type { OrderSummary, OrderView } from "./queries";
export { invalidateStockCaches } from "./revalidate";
export { bankTransferInstructions, loadOrder, loadOrderLines, orderRef, orderSnapshot } from "./snapshot";
export { retakeOrderStock } from "./stock";
export type { StockMovement } from "./stock";
export { appendOrderEvent } from "./timeline";
export type { OrderActor } from "./timeline";
export { trackOrder } from "./tracking";
export type { TrackingView } from "./tracking";
export { trackingLimits } from "./tracking-limits";
export { ORDER_ACTIONS, availableActions, transitionOrder } from "./transition";
export type { TransitionResult } from "./transition";
export { ORDER_STATUSES, PAYMENT_STATUSES, type Order, type OrderAddress, type OrderAmounts } from "./types";
export { orderPath, orderUrl, receiptPath } from "./urls";
