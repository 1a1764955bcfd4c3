import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { requestReset } from "./actions";

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Forgot your password?"
      intro="Enter the email address of your account and we will email you a link to choose a new password."
    >
      <ForgotPasswordForm action={requestReset} />
      <p className="mt-6 text-sm text-gray-700">
        Remembered it?{" "}
        <Link href="/login" className="font-medium text-brand-700 underline">
          Log in
        </Link>
      </p>
    </AuthCard>
  );
}
