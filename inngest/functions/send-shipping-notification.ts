import { handlerFunction } from "../handler-function";

export const sendShippingNotification = handlerFunction("send-shipping-notification");
