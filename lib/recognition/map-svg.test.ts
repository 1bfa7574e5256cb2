import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { ShadedMap } from "./map-view";
import { labelsFor } from "@/lib/i18n/labels-server";
import { describeShape, mapDocument, type MapWords } from "./map-svg";

const map: ShadedMap = {
  width: 100,
  height: 50,
  outline: "M0,0H100V50H0Z",
  graticule: null,
  shapes: [
    {
      id: "06",
      name: "California",
      d: "M1,1L2,2Z",
      localAction: true,
      shade: {
        category: "recognised",
        event: { action: "recognizes_independence", level: "subnational", date: "2014-05-01", datePrecision: "month", entrySlug: "e" },
        actor: { slug: "california", name: "California" },
      },
    },
    { id: "48", name: 'Texas <"&">', d: "M3,3L4,4Z", localAction: false, shade: null },
  ],
};

const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["a", "g", "path"].includes(name) }).parse(xml);

describe("map documents", () => {
  it("are well-formed SVG, with names from the record escaped", () => {
    const xml = mapDocument({ title: "Map & <title>", description: "d", map });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('Texas <"&">');
    const svg = parse(xml).svg;
    expect(svg.xmlns).toBe("http://www.w3.org/2000/svg");
    expect(svg.title["#text"]).toBe("Map & <title>");
    expect(svg.g[0].path[0].title).toBe('Texas <"&">: no recorded action');
  });

  it("link each coloured jurisdiction to its actor in the top window, with its action as its name", () => {
    const svg = parse(mapDocument({ title: "t", description: "d", map })).svg;
    const links = svg.g[1].a;
    expect(links).toHaveLength(1);
    expect(links[0].href).toBe("/actors/california");
    expect(links[0].target).toBe("_top");
    expect(links[0]["aria-label"]).toBe("California: Recognises independence, May 2014; action by a body within it recorded");
    expect(links[0].path[0].class).toBe("map-shape map-recognised");
    expect(svg.g[0]["aria-hidden"]).toBe("true");
    expect(svg.g[2].path.map((p: { "data-hatched": string }) => p["data-hatched"])).toEqual(["06"]);
  });

  it("describe a neutral shape as having no recorded action", () => {
    expect(describeShape(map.shapes[1]!)).toBe('Texas <"&">: no recorded action');
  });
});

describe("map documents in another language", () => {
  const ru: MapWords = {
    locale: "ru",
    action: labelsFor("ru").action,
    none: "нет зафиксированных действий",
    localAction: "зафиксировано действие входящей в неё структуры",
    shapeName: (shape) => (shape.id === "06" ? "Калифорния" : shape.name),
  };
  const russian: ShadedMap = {
    ...map,
    shapes: map.shapes.map((s) => (s.shade ? { ...s, shade: { ...s.shade, actor: { ...s.shade.actor, nameRu: "Калифорния" } } } : s)),
  };

  it("describe shapes, date their actions and link to the actors' pages in the document's language", () => {
    const svg = parse(mapDocument({ title: "Карта", description: "d", map: russian, words: ru })).svg;
    expect(svg.lang).toBe("ru");
    const link = svg.g[1].a[0];
    expect(link.href).toBe("/ru/actors/california");
    expect(link["aria-label"]).toBe(`Калифорния: ${labelsFor("ru").action.recognizes_independence}, май 2014 г.; зафиксировано действие входящей в неё структуры`);
    expect(describeShape(russian.shapes[1]!, ru)).toBe('Texas <"&">: нет зафиксированных действий');
  });
});
