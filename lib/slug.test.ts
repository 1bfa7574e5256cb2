import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it("keeps a safe alphabet", () => {
    expect(slugify("2014 California Assembly: AJR 32 (70–1)")).toBe("2014-california-assembly-ajr-32-70-1");
    expect(slugify("../../etc/passwd")).toBe("etc-passwd");
  });

  it("transliterates Armenian and Cyrillic", () => {
    expect(slugify("Ստեփանակերտ")).toBe("stepanakert");
    expect(slugify("Степанакерт")).toBe("stepanakert");
  });

  it("never returns an empty slug", () => {
    expect(slugify("!!!")).toBe("entry");
  });
});
