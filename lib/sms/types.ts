import type { SmsStatus } from "@/db/schema";

export type { SmsStatus };

/** A row of the sent-text log as staff see it: the number masked. */
export type SentText = {
  id: number;
  createdAt: Date;
  /** Masked: "+••••••••671". */
  to: string;
  body: string;
  template: string;
  orderId: number | null;
  provider: string;
  status: SmsStatus;
  attempts: number;
  error: string | null;
};
