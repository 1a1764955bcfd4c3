import type { PaymentMethod } from "@/db/schema";

// Named here so that components (the checkout's payment choice) depend on lib, not on db.
export type { PaymentMethod };
