import { handlerFunction } from "../handler-function";

export const sendDeliveryNotification = handlerFunction("send-delivery-notification");
