import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatLongDate, formatLongDateTime, formatMediumDateTime } from "./dates";

const afternoon = new Date("2026-12-03T14:05:09.123Z");
const midnight = new Date("2026-01-05T00:03:09Z");

describe("staff dates", () => {
  it("reads as the sortable UTC date and time staff pages have always shown", () => {
    expect(formatDate(afternoon)).toBe("2026-12-03");
    expect(formatDateTime(afternoon)).toBe("2026-12-03 14:05");
    expect(formatDateTime(afternoon, { seconds: true })).toBe("2026-12-03 14:05:09");
  });

  it("shows midnight as 00, not 24", () => {
    expect(formatDateTime(midnight)).toBe("2026-01-05 00:03");
  });

  it("matches the ISO text it replaces, whatever the hour", () => {
    for (let hour = 0; hour < 48; hour++) {
      const date = new Date(Date.UTC(2024, 1, 28, hour, 59, 1));
      expect(formatDateTime(date, { seconds: true })).toBe(date.toISOString().slice(0, 19).replace("T", " "));
      expect(formatDate(date)).toBe(date.toISOString().slice(0, 10));
    }
  });

  it("follows the time zone it is given", () => {
    expect(formatDateTime(midnight, { timeZone: "America/New_York" })).toBe("2026-01-04 19:03");
    expect(formatDate(midnight, { timeZone: "America/New_York" })).toBe("2026-01-04");
  });
});

describe("shopper and email dates", () => {
  it("reads in words, naming the zone when a time is shown", () => {
    expect(formatLongDate(afternoon)).toBe("December 3, 2026");
    expect(formatLongDateTime(afternoon)).toBe("December 3, 2026, 14:05 UTC");
    // ICU puts a plain or a narrow no-break space before PM, depending on its version.
    expect(formatMediumDateTime(afternoon)).toMatch(/^Dec 3, 2026, 2:05\sPM UTC$/);
    expect(formatMediumDateTime(afternoon, { seconds: true })).toMatch(/^Dec 3, 2026, 2:05:09\sPM UTC$/);
  });

  it("takes the ISO strings that event payloads carry", () => {
    expect(formatLongDate("2026-12-03T14:05:09.123Z")).toBe("December 3, 2026");
  });

  it("shows a value that is not a date as given instead of failing the page or email", () => {
    expect(formatLongDate("soon")).toBe("soon");
    expect(formatDateTime("")).toBe("");
  });
});
