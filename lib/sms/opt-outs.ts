import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { smsOptOuts } from "@/db/schema";

// Numbers that replied STOP get no texts, whatever the order said (TCPA and Twilio's rules),
// until they reply START. Keyed by the E.164 number, as Twilio sends it in "From".

export async function recordOptOut(db: DbOrTx, phone: string, messageSid: string | null): Promise<void> {
  await db.insert(smsOptOuts).values({ phone, messageSid }).onConflictDoNothing({ target: smsOptOuts.phone });
}

export async function recordOptIn(db: DbOrTx, phone: string): Promise<void> {
  await db.delete(smsOptOuts).where(eq(smsOptOuts.phone, phone));
}

export async function isOptedOut(db: DbOrTx, phone: string): Promise<boolean> {
  const [row] = await db.select({ phone: smsOptOuts.phone }).from(smsOptOuts).where(eq(smsOptOuts.phone, phone));
  return row !== undefined;
}
