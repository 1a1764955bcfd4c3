// Accounts and sessions: sign-in, registration, password reset, email verification, roles
// and the session of the current request.
export { logoutEverywhere, oauthSignIn } from "./actions";
export { loginUrl, safeCallbackUrl } from "./callback-url";
export { clientIp } from "./client-ip";
export { issueEmailVerification, verifyEmailToken } from "./email-verification";
export { REGISTRATION_UNAVAILABLE, RESET_REQUESTED, loginPageMessage } from "./messages";
export type { PageMessage } from "./messages";
export { handlers } from "./next-auth";
export { hashPassword, verifyPassword } from "./password";
export { isResetTokenUsable, requestPasswordReset, resetPassword } from "./password-reset";
export { enabledOAuthProviders } from "./providers";
export { registerUser } from "./register";
export { issueResetLink } from "./reset-link";
export { isStaffRole } from "./roles";
export {
  currentPasswordSchema,
  emailSchema,
  loginSchema,
  nameSchema,
  newPasswordSchema,
  registerSchema,
  resetPasswordSchema,
  resetRequestSchema,
} from "./schemas";
export { authSecret } from "./secrets";
export { getSessionUser, isStaffSession, requireStaff, requireUser } from "./session";
export type { SessionUser } from "./session";
export { withBrowserSessionCookies } from "./session-cookie";
export { isSessionCookieName } from "./session-cookie-name";
export { bumpSessionVersion, forgetSessionState } from "./session-state";
export { signInWithPassword } from "./sign-in";
export { absoluteUrl } from "./site-url";
