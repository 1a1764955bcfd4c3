import { handlerFunction } from "../handler-function";

export const sendWelcomeEmail = handlerFunction("send-welcome-email");
