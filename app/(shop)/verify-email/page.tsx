import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { VerifyEmailForm } from "@/components/auth/verify-email-form";
import { verifyEmail } from "./actions";

// Rendered per request: it reads the session, the cart or the URL (docs/architecture.md).
export const instant = false;

export const metadata: Metadata = {
  title: "Confirm your email address",
  robots: { index: false },
  referrer: "no-referrer",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// A button rather than verifying on page load: link scanners in mail systems open every
// link, and a GET should not change anything.
export default async function VerifyEmailPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Confirm your email address" intro="One click and your email address is confirmed.">
      <VerifyEmailForm action={verifyEmail} token={typeof token === "string" ? token : ""} />
    </AuthCard>
  );
}
