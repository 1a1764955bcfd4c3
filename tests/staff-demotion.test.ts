import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { users } from "@/db/schema";
import { setStaffRole } from "@/lib/admin/customers";
import { loadSessionState, refreshSessionClaims } from "@/lib/auth/session-state";
import { createUser } from "./admin-helpers";

// "Only an admin makes staff" holds only if unmaking them is immediate: the session's role
// comes from the database on every request (the jwt callback, refreshSessionClaims), and a
// staff member's is never served from the few-second cache customers' sessions use.

async function staffSession(role: "staff" | "admin" = "staff") {
  const user = await createUser(role);
  const state = await loadSessionState(user.id, { fresh: true });
  return {
    user,
    token: {
      sub: user.id,
      sid: `sid-${user.id}`,
      sv: state!.sessionVersion,
      role,
      remember: false,
      name: user.name,
      email: user.email,
    },
  };
}

describe("a demoted staff member", () => {
  it("is a customer on their very next request, on this instance", async () => {
    const admin = await createUser("admin");
    const { user, token } = await staffSession();
    expect(await refreshSessionClaims(token)).toMatchObject({ role: "staff" });

    await setStaffRole(db, { id: admin.id, email: admin.email, role: "admin" }, { userId: user.id, role: "customer" });
    expect(await refreshSessionClaims(token)).toMatchObject({ role: "customer" });
  });

  it("is a customer on their very next request, on another instance (whose cache nobody told)", async () => {
    const { user, token } = await staffSession();
    expect(await refreshSessionClaims(token)).toMatchObject({ role: "staff" });

    await db.update(users).set({ role: "customer" }).where(eq(users.id, user.id));
    expect(await refreshSessionClaims(token)).toMatchObject({ role: "customer" });
  });
});
