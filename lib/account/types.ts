import type { Address } from "@/db/schema";

// The account shapes components show, named here so that components depend on lib, not on db.

/** A saved address as its card shows it: the lines, whether it is the default, its id for the actions. */
export type SavedAddress = Pick<
  Address,
  | "id"
  | "fullName"
  | "company"
  | "line1"
  | "line2"
  | "city"
  | "region"
  | "postalCode"
  | "country"
  | "phone"
  | "isDefault"
>;
