import { handlerFunction } from "../handler-function";

export const sendPaymentReminder = handlerFunction("send-payment-reminder");
