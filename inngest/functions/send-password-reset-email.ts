import { handlerFunction } from "../handler-function";

export const sendPasswordResetEmail = handlerFunction("send-password-reset-email");
