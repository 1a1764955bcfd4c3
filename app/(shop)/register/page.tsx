import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { RegisterForm } from "@/components/auth/register-form";
import { enabledOAuthProviders, getSessionUser, oauthSignIn, safeCallbackUrl } from "@/lib/auth";
import { register } from "./actions";

// Rendered per request: it reads the session, the cart or the URL (docs/architecture.md).
export const instant = false;

export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function RegisterPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl, "/account?welcome=1");
  if (await getSessionUser()) redirect("/account");
  const providers = enabledOAuthProviders().map(({ id, name }) => ({ id, name }));
  return (
    <AuthCard title="Create an account" intro="Save your addresses, check out faster and follow your orders.">
      <RegisterForm action={register} callbackUrl={callbackUrl} providers={providers} oauthAction={oauthSignIn} />
      <p className="mt-6 text-sm text-gray-700">
        Already have an account?{" "}
        <Link href="/login" className="font-medium text-brand-700 underline">
          Log in
        </Link>
      </p>
    </AuthCard>
  );
}
