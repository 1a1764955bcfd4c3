import { reindexChangedProduct } from "./reindex-product";
import { releaseUnpaidOrder } from "./release-unpaid-order";
import { sendCancellationNotice } from "./send-cancellation-notice";
import { sendDeliveryNotification } from "./send-delivery-notification";
import { sendOrderConfirmation } from "./send-order-confirmation";
import { sendPackingNotice } from "./send-packing-notice";
import { sendPasswordResetEmail } from "./send-password-reset-email";
import { sendPaymentReceipt } from "./send-payment-receipt";
import { sendPaymentReminder } from "./send-payment-reminder";
import { sendRefundNotice } from "./send-refund-notice";
import { sendShippingNotification } from "./send-shipping-notification";
import { runDailyMaintenance } from "./run-maintenance";
import { sendVerificationEmail } from "./send-verification-email";
import { sendWelcomeEmail } from "./send-welcome-email";
import { sweepOutbox } from "./sweep-outbox";

// Every function app/api/inngest serves. inngest/functions.test.ts checks that this list
// and lib/events/registry.ts name the same handlers.
export const functions = [
  sendWelcomeEmail,
  sendVerificationEmail,
  sendPasswordResetEmail,
  sendOrderConfirmation,
  sendPaymentReceipt,
  sendPaymentReminder,
  sendPackingNotice,
  sendShippingNotification,
  sendDeliveryNotification,
  sendCancellationNotice,
  sendRefundNotice,
  releaseUnpaidOrder,
  reindexChangedProduct,
  sweepOutbox,
  runDailyMaintenance,
];
