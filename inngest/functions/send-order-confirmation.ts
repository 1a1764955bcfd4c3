import { handlerFunction } from "../handler-function";

export const sendOrderConfirmation = handlerFunction("send-order-confirmation");
