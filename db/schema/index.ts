export * from "./catalog";
export * from "./carts";
export * from "./search";
export * from "./auth";
export * from "./outbox";
export * from "./emails";
