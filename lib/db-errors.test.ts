import { describe, expect, it } from "vitest";
import { databaseErrorCode, isDatabaseUnavailable, isUniqueViolation } from "./db-errors";

const withCode = (code: string) => Object.assign(new Error(code), { code });

describe("database errors", () => {
  it("counts lost connections, timeouts and a server shutting down as unavailable", () => {
    for (const code of ["ECONNREFUSED", "CONNECT_TIMEOUT", "CONNECTION_CLOSED", "57014", "57P01", "57P03", "08006", "53300"]) {
      expect(isDatabaseUnavailable(withCode(code)), code).toBe(true);
    }
  });

  it("finds the code under drizzle's wrapper", () => {
    const wrapped = new Error("Failed query: select 1", { cause: withCode("ECONNREFUSED") });
    expect(databaseErrorCode(wrapped)).toBe("ECONNREFUSED");
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it("leaves bugs and bad data as they are", () => {
    for (const error of [new Error("boom"), withCode("23505"), withCode("42P01"), withCode("22P02"), null, "text"]) {
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
  });

  it("recognises a unique violation, also under drizzle's wrapper, and nothing else", () => {
    expect(isUniqueViolation(withCode("23505"))).toBe(true);
    expect(isUniqueViolation(new Error("Failed query: insert", { cause: withCode("23505") }))).toBe(true);
    for (const error of [new Error("boom"), withCode("23503"), withCode("ECONNREFUSED"), null, "text"]) {
      expect(isUniqueViolation(error)).toBe(false);
    }
  });
});
