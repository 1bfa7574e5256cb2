import { describe, expect, it } from "vitest";
import { databaseErrorCode, isDatabaseUnavailable } from "./db-errors";

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
});
