"use server";

import { z } from "zod";
import { adminAction, setStaffRole } from "@/lib/admin";

export const setStaffRoleAction = adminAction(
  z.object({ userId: z.string().min(1).max(100), role: z.enum(["customer", "staff"]) }),
  (input, { actor, db }) => setStaffRole(db, actor, input),
  (_, input) => (input.role === "staff" ? "Now staff." : "Now a customer."),
);
