"use server";

import { z } from "zod";
import { db } from "@/db";
import { staffAction } from "@/lib/actions";
import { actorOf, runAdmin, setStaffRole } from "@/lib/admin";

export const setStaffRoleAction = staffAction(
  z.object({ userId: z.string().min(1).max(100), role: z.enum(["customer", "staff"]) }),
  async (input, caller) =>
    runAdmin(() => setStaffRole(db, actorOf(caller), input), input.role === "staff" ? "Now staff." : "Now a customer."),
);
