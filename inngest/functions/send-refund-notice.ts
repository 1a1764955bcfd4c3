import { handlerFunction } from "../handler-function";

export const sendRefundNotice = handlerFunction("send-refund-notice");
