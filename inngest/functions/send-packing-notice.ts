import { handlerFunction } from "../handler-function";

export const sendPackingNotice = handlerFunction("send-packing-notice");
