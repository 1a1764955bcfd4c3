import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { isResetTokenUsable } from "@/lib/auth";
import { setNewPassword } from "./actions";

// Rendered per request: it reads the session, the cart or the URL (docs/architecture.md).
export const instant = false;

// The token is in the URL: keep it out of Referer headers to any other site.
export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  const usable = typeof token === "string" && (await isResetTokenUsable(token));
  if (!usable) {
    return (
      <AuthCard
        title="This link has expired"
        message={{ tone: "error", text: "This reset link has expired or has already been used." }}
      >
        <Link href="/forgot-password" className="font-medium text-brand-700 underline">
          Request a new reset link
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Choose a new password"
      intro="After this, you will be logged out on every device and can log in with the new password."
    >
      <ResetPasswordForm action={setNewPassword} token={token} />
    </AuthCard>
  );
}
