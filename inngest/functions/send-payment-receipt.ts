import { handlerFunction } from "../handler-function";

export const sendPaymentReceipt = handlerFunction("send-payment-receipt");
