import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { enabledOAuthProviders, getSessionUser, loginPageMessage, oauthSignIn, safeCallbackUrl } from "@/lib/auth";
import { login } from "./actions";

// Rendered per request: it reads the session, the cart or the URL (docs/architecture.md).
export const instant = false;

export const metadata: Metadata = { title: "Log in", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl, "/account");
  if (await getSessionUser()) redirect(callbackUrl);
  const message = loginPageMessage(params);
  const providers = enabledOAuthProviders().map(({ id, name }) => ({ id, name }));
  const registerHref = callbackUrl === "/account" ? "/register" : `/register?${new URLSearchParams({ callbackUrl })}`;

  return (
    <AuthCard title="Log in" message={message}>
      <LoginForm action={login} callbackUrl={callbackUrl} providers={providers} oauthAction={oauthSignIn} />
      <p className="mt-6 text-sm text-gray-700">
        New here?{" "}
        <Link href={registerHref} className="font-medium text-brand-700 underline">
          Create an account
        </Link>
      </p>
    </AuthCard>
  );
}
