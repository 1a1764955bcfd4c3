export * from "./catalog";
export * from "./carts";
export * from "./search";
export * from "./auth";
