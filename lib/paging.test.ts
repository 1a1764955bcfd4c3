import { describe, expect, it } from "vitest";
import { pageOf } from "./paging";

describe("pageOf", () => {
  it("skips the rows of the pages before this one", () => {
    expect(pageOf({ page: 3, pageSize: 25, total: 120 })).toEqual({ page: 3, pageCount: 5, offset: 50 });
  });

  it("counts a part-filled last page as a page", () => {
    expect(pageOf({ page: 1, pageSize: 25, total: 26 }).pageCount).toBe(2);
    expect(pageOf({ page: 1, pageSize: 25, total: 25 }).pageCount).toBe(1);
  });

  it("shows an empty list as page 1 of 1", () => {
    expect(pageOf({ page: 1, pageSize: 25, total: 0 })).toEqual({ page: 1, pageCount: 1, offset: 0 });
  });

  it("starts at the first page when none, zero or a negative page is asked for", () => {
    for (const page of [undefined, 0, -4])
      expect(pageOf({ page, pageSize: 25, total: 60 })).toEqual({ page: 1, pageCount: 3, offset: 0 });
  });

  it("keeps a page past the end as asked, so its list comes back empty", () => {
    expect(pageOf({ page: 9, pageSize: 25, total: 60 })).toEqual({ page: 9, pageCount: 3, offset: 200 });
  });
});
