import Link from "next/link";
import { logout } from "@/lib/auth/actions";
import { isStaffRole } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/auth/session";

const linkClass = "rounded-md px-2 py-2 text-sm font-medium text-gray-900 hover:bg-gray-100";

/**
 * The header's account links: "Log in" for visitors; "Account" (and "Admin" for staff)
 * and "Log out" when signed in. A server component: it reads the session, so the page
 * that renders it is dynamic.
 */
export async function UserMenu() {
  const user = await getSessionUser();
  if (!user) {
    return (
      <nav aria-label="Account" className="flex items-center gap-1">
        <Link href="/login" className={linkClass}>
          Log in
        </Link>
        <Link href="/register" className={linkClass}>
          Create account
        </Link>
      </nav>
    );
  }
  return (
    <nav aria-label="Account" className="flex items-center gap-1">
      <Link href="/account" className={linkClass}>
        Account
      </Link>
      {isStaffRole(user.role) && (
        <Link href="/admin" className={linkClass}>
          Admin
        </Link>
      )}
      <form action={logout}>
        <button type="submit" className={linkClass}>
          Log out
        </button>
      </form>
    </nav>
  );
}
