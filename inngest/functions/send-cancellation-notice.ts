import { handlerFunction } from "../handler-function";

export const sendCancellationNotice = handlerFunction("send-cancellation-notice");
