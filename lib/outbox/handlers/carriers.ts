import { followShippedParcel } from "@/lib/carriers";
import { defineHandler } from "../types";

// A parcel shipped with a tracking number staff typed is handed to the carrier service to follow
// (lib/carriers/follow.ts); without a carrier configured it does nothing.
export const followTrackingNumber = defineHandler({
  id: "follow-tracking-number",
  event: "shop/order.shipped",
  run: ({ id, data }, { db }) => followShippedParcel(db, { id, data }),
});
