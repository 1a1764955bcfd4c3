import type { CustomerRow } from "@/lib/admin";

/** An account's page, or a guest's (their orders by email). */
export function customerHref(c: Pick<CustomerRow, "id" | "email">): string {
  return c.id
    ? `/admin/customers/${encodeURIComponent(c.id)}`
    : `/admin/customers/guest?${new URLSearchParams({ email: c.email })}`;
}

const kindText: Record<CustomerRow["role"], string> = {
  guest: "Guest (no account)",
  customer: "Account",
  staff: "Staff account",
  admin: "Admin account",
};

export function CustomerKindText({ role }: { role: CustomerRow["role"] }) {
  return <>{kindText[role]}</>;
}
