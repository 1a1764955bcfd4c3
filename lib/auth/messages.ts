// Shown for an email that already has an account. It says no more than it must (the
// account exists or the address cannot be used) and points to the two ways forward.
export const REGISTRATION_UNAVAILABLE =
  "We couldn’t create an account with this email address. If you already have an account, log in or reset your password.";

export const RESET_REQUESTED =
  "If an account uses that email address, we have sent it a link to reset the password. The link works once, for one hour.";

export type PageMessage = { tone: "info" | "error"; text: string } | null;

// What the login page says after a redirect to it. `error` values come from Auth.js
// (https://authjs.dev/reference/core/errors) or our own refusals; `notice` from our flows.

const errors: Record<string, string> = {
  OAuthAccountNotLinked:
    "An account with this email already exists. Log in with your password and verify your email address first; then you can use this provider too.",
  OAuthNoEmail: "The provider did not share an email address with us, so we cannot sign you in with it.",
  AccessDenied: "Sign-in was refused.",
  CredentialsSignin: "Email or password is incorrect.",
  Verification: "That sign-in link is no longer valid.",
};

const notices: Record<string, string> = {
  "password-reset":
    "Your password has been changed and you have been logged out everywhere. Log in with your new password.",
  "logged-out-everywhere": "You have been logged out on every device.",
  "email-verified": "Your email address is verified. Log in to continue.",
};

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function loginPageMessage(params: Record<string, string | string[] | undefined>): PageMessage {
  const error = first(params.error);
  if (error) return { tone: "error", text: errors[error] ?? "We could not sign you in. Please try again." };
  const notice = first(params.notice);
  if (notice && notices[notice]) return { tone: "info", text: notices[notice] };
  return null;
}
