import { describe, expect, it } from "vitest";
import { elementLines, syntaxErrorLocation } from "./json-lines";

describe("elementLines", () => {
  it("finds the line of each element of the named top-level arrays, ignoring nested ones and strings", () => {
    const text = [
      "{",
      '  "format": "x [not, an, array]",',
      '  "actors": [',
      '    { "slug": "a", "entries": [1, 2] },',
      '    { "slug": "b\\" ], \\"" }',
      "  ],",
      '  "entries": [',
      "    {",
      '      "actors": [ { "x": 1 }, { "y": 2 } ]',
      "    }, {",
      '      "slug": "two"',
      "    }",
      "  ]",
      "}",
    ].join("\n");
    expect(elementLines(text, ["actors", "entries"])).toEqual({ actors: [4, 5], entries: [8, 10] });
    expect(JSON.parse(text).entries).toHaveLength(2);
  });

  it("gives empty lists for empty arrays", () => {
    expect(elementLines('{"actors":[],"entries":[ ]}', ["actors", "entries"])).toEqual({ actors: [], entries: [] });
  });
});

describe("syntaxErrorLocation", () => {
  it("points at the first character that cannot be JSON", () => {
    expect(syntaxErrorLocation('{\n  "a": 1,\n  "b": }\n')).toEqual({ line: 3, column: 8 });
    expect(syntaxErrorLocation('{\n  "a": tru\n}')).toEqual({ line: 2, column: 11 });
    expect(syntaxErrorLocation('{\n  "a": [1, 2,]\n}')).toEqual({ line: 2, column: 14 });
  });

  it("puts an unfinished document at its end", () => {
    expect(syntaxErrorLocation('{\n  "a": [1, 2')).toEqual({ line: 2, column: 13 });
  });
});
