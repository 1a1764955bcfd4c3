import { describe, expect, it } from "vitest";
import { storeDefaults } from "@/lib/settings/sections/store";
import { liveRatesSetup } from "./setup";
import type { Carrier } from "./types";

const carrier = { provider: "easypost" } as Carrier;
const store = storeDefaults("Northwind");
const addressed = {
  ...store,
  address: { line1: "1 Harbour St", line2: "", city: "Portland", region: "OR", postalCode: "97201", country: "US" },
};

describe("what the shipping settings say about live rates", () => {
  it("says nothing without a carrier", () => {
    expect(liveRatesSetup(addressed, null)).toBeNull();
  });

  it("asks for the store's address, which carriers price a parcel from", () => {
    expect(liveRatesSetup(store, carrier)).toMatchObject({ ready: false, message: expect.stringContaining("street") });
    const noCity = { ...addressed, address: { ...addressed.address, city: " " } };
    expect(liveRatesSetup(noCity, carrier)?.ready).toBe(false);
  });

  it("says live rates are on once the address is complete", () => {
    expect(liveRatesSetup(addressed, carrier)).toMatchObject({ ready: true });
  });
});
