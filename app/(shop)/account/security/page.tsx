import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PasswordForm } from "@/components/account/password-form";
import { AccountSection } from "@/components/account/section";
import { SubmitButton } from "@/components/ui/form-controls";
import { getProfile } from "@/lib/account";
import { logoutEverywhere, requireUser } from "@/lib/auth";
import { updatePassword } from "./actions";

export const metadata: Metadata = { title: "Password and sessions" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SecurityPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("/account/security");
  const profile = await getProfile(user.id);
  if (!profile) notFound();
  const { notice } = await searchParams;

  return (
    <>
      {notice === "password-changed" && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Your password has been changed. You have been logged out on every other device.
        </p>
      )}
      <AccountSection
        id="password"
        title="Password"
        description="Changing your password logs you out on every other device."
      >
        {profile.hasPassword ? (
          <PasswordForm action={updatePassword} />
        ) : (
          <p className="text-sm text-gray-700">
            You sign in with {profile.providers.join(" or ") || "a provider"}, so your account has no password. To add
            one, use{" "}
            <Link href="/forgot-password" className="font-medium text-brand-700 underline">
              Forgot your password?
            </Link>
          </p>
        )}
      </AccountSection>
      <AccountSection
        id="sessions"
        title="Log out everywhere"
        description="Ends every session of your account, on every device, including this one."
      >
        <form action={logoutEverywhere}>
          <SubmitButton variant="danger">Log out everywhere</SubmitButton>
        </form>
      </AccountSection>
    </>
  );
}
