import { handlerFunction } from "../handler-function";

export const sendVerificationEmail = handlerFunction("send-verification-email");
