import { handlerFunction } from "../handler-function";

export const releaseUnpaidOrder = handlerFunction("release-unpaid-order");
