import type { UserRole } from "@/db/schema";

export function isStaffRole(role: unknown): role is "staff" | "admin" {
  return role === "staff" || role === "admin";
}

export function isUserRole(value: unknown): value is UserRole {
  return value === "customer" || isStaffRole(value);
}
