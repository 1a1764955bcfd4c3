import { expect, it } from "vitest";
import { pageNumber, rowId } from "./params";

it("takes a row id only when it is one the database could hold", () => {
  expect(rowId("42")).toBe(42);
  expect(rowId("2147483647")).toBe(2147483647);
  for (const bad of ["0", "-1", "2147483648", "99999999999", "1e3", "4.2", "abc", "", undefined, ["1"]])
    expect(rowId(bad)).toBeNull();
});

it("takes a page number, or the first page for anything else", () => {
  expect(pageNumber("3")).toBe(3);
  expect(pageNumber("99999999999999999999")).toBe(1);
  expect(pageNumber("999999")).toBe(100_000);
  for (const bad of ["0", "-2", "abc", "", undefined]) expect(pageNumber(bad)).toBe(1);
});
