"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { logout, logoutWithoutRedirect } from "@/lib/auth/client";
import { useVisitor } from "./visitor-provider";

const linkClass = "rounded-md px-2 py-2 text-sm font-medium text-gray-900 hover:bg-gray-100";

/**
 * The header's account links: "Log in" and "Create account" for visitors; "Account" (and
 * "Admin" for staff) and "Log out" when signed in. Until the browser has read who this is
 * (and without JavaScript) only "Account" shows, which leads to the login when needed.
 */
export function AccountLinks() {
  const visitor = useVisitor();
  const summary = visitor?.summary;
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  if (!summary?.signedIn) {
    return (
      <nav aria-label="Account" className="flex min-w-36 items-center justify-end gap-1">
        {summary ? (
          <>
            <Link href="/login" className={linkClass}>
              Log in
            </Link>
            <Link href="/register" className={linkClass}>
              Create account
            </Link>
          </>
        ) : (
          <Link href="/account" className={linkClass}>
            Account
          </Link>
        )}
      </nav>
    );
  }

  function onLogout(event: React.FormEvent<HTMLFormElement>) {
    // With JavaScript: end the session without a server redirect, so the header can read
    // the visitor again before going home. Without it, the form posts `logout`, which redirects.
    event.preventDefault();
    startTransition(async () => {
      await logoutWithoutRedirect();
      visitor?.refresh();
      router.push("/");
    });
  }

  return (
    <nav aria-label="Account" className="flex min-w-36 items-center justify-end gap-1">
      <Link href="/account" className={linkClass}>
        Account
      </Link>
      {summary.staff && (
        <Link href="/admin" className={linkClass}>
          Admin
        </Link>
      )}
      <form action={logout} onSubmit={onLogout}>
        <button type="submit" disabled={pending} className={linkClass}>
          Log out
        </button>
      </form>
    </nav>
  );
}
