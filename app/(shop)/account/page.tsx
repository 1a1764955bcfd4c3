import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/account/action-button";
import { EmailForm } from "@/components/account/email-form";
import { NameForm } from "@/components/account/name-form";
import { AccountSection } from "@/components/account/section";
import { getProfile } from "@/lib/account";
import { requireUser } from "@/lib/auth";
import { changeEmail, saveName, sendVerificationAgain } from "./actions";

export const metadata: Metadata = { title: "Profile" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const notices: Record<string, string> = {
  "email-verified": "Your email address is verified.",
};

export default async function ProfilePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("/account");
  const profile = await getProfile(user.id);
  if (!profile) notFound();
  const { welcome, notice } = await searchParams;
  const banner = welcome
    ? "Welcome! Your account is ready. We have emailed you a link to confirm your address."
    : notices[String(notice)];

  return (
    <>
      {banner && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {banner}
        </p>
      )}
      <AccountSection id="profile" title="Profile">
        <NameForm action={saveName} name={profile.name ?? ""} />
      </AccountSection>

      <AccountSection
        id="email"
        title="Email address"
        description={
          <p>
            <span className="font-medium text-gray-950">{profile.email}</span>{" "}
            {profile.emailVerified ? (
              <span className="ml-1 rounded-full bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-800">
                Verified
              </span>
            ) : (
              <span className="ml-1 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
                Not verified
              </span>
            )}
          </p>
        }
      >
        <div className="space-y-6">
          {!profile.emailVerified && (
            <div className="space-y-2">
              <p className="text-sm text-gray-700">Confirm your address so we can reach you about your orders.</p>
              <ActionButton action={sendVerificationAgain} label="Send the confirmation link again" />
            </div>
          )}
          {profile.pendingEmail && (
            <p className="text-sm text-gray-700">
              Waiting for confirmation of <span className="font-medium">{profile.pendingEmail}</span>: follow the link
              we sent there to make it your login email.
            </p>
          )}
          <EmailForm action={changeEmail} hasPassword={profile.hasPassword} />
        </div>
      </AccountSection>
    </>
  );
}
