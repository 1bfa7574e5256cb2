import { describe, expect, it } from "vitest";
import { formatPartialDate, parsePartialDate, toPartialDate } from "./dates";

describe("parsePartialDate", () => {
  it("reads the precision from the form of the string", () => {
    expect(parsePartialDate("2019")).toEqual({ date: "2019-01-01", precision: "year" });
    expect(parsePartialDate("2014-05")).toEqual({ date: "2014-05-01", precision: "month" });
    expect(parsePartialDate("2023-03-20")).toEqual({ date: "2023-03-20", precision: "day" });
  });

  it("refuses dates that are not on the calendar", () => {
    expect(parsePartialDate("2023-02-30")).toBeNull();
    expect(parsePartialDate("2023-13")).toBeNull();
    expect(parsePartialDate("abc")).toBeNull();
    expect(parsePartialDate("20231")).toBeNull();
  });
});

describe("formatPartialDate", () => {
  it("shows only what the source gives", () => {
    expect(formatPartialDate("2014-05-01", "month")).toBe("May 2014");
    expect(formatPartialDate("2019-01-01", "year")).toBe("2019");
    expect(formatPartialDate("2023-03-20", "day")).toBe("20 March 2023");
  });

  it("puts the qualifier in front", () => {
    expect(formatPartialDate("2014-05-01", "month", "before")).toBe("before May 2014");
    expect(formatPartialDate("2019-01-01", "year", "circa")).toBe("c. 2019");
  });

  it("round-trips through toPartialDate", () => {
    for (const value of ["2019", "2014-05", "2023-03-20"]) {
      const parsed = parsePartialDate(value)!;
      expect(toPartialDate(parsed.date, parsed.precision)).toBe(value);
    }
  });
});

describe("formatPartialDate in every language", () => {
  it("writes Russian and Armenian dates with their month names, at the source's precision", () => {
    expect(formatPartialDate("2023-03-20", "day", null, "ru")).toBe("20 марта 2023 г.");
    expect(formatPartialDate("2014-05-01", "month", null, "ru")).toBe("май 2014 г.");
    expect(formatPartialDate("2019-01-01", "year", null, "ru")).toBe("2019");
    expect(formatPartialDate("2023-03-20", "day", null, "hy")).toBe("20 մարտի, 2023 թ.");
    expect(formatPartialDate("2014-05-01", "month", null, "hy")).toMatch(/^2014 թ.? մայիս$/);
    expect(formatPartialDate("2014-05-01", "month", null, "en")).toBe("May 2014");
  });

  it("puts the qualifier in front, with the Russian month in the genitive", () => {
    expect(formatPartialDate("2014-05-01", "month", "before", "ru")).toMatch(/^до мая 2014\sг\.$/);
    expect(formatPartialDate("2019-01-01", "year", "circa", "ru")).toBe("около 2019");
    expect(formatPartialDate("2019-01-01", "year", "by", "hy")).toBe("ոչ ուշ, քան 2019");
  });
});
