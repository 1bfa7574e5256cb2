import { describe, expect, it } from "vitest";
import { el, escapeHtml, fragment, raw, xmlSafe } from "./html";

describe("feed HTML", () => {
  it("escapes text and attribute values, keeps raw markup as given", () => {
    const html = el("p", { title: `"quoted" & <b>` }, "Tom & Jerry <script>", raw("<em>ok</em>"), null, [" ", 3]).html;
    expect(html).toBe('<p title="&quot;quoted&quot; &amp; &lt;b&gt;">Tom &amp; Jerry &lt;script&gt;<em>ok</em> 3</p>');
  });

  it("leaves Armenian, Cyrillic and emoji alone", () => {
    expect(fragment("Արցախ Арцах 🇦🇲").html).toBe("Արցախ Арцах 🇦🇲");
    expect(escapeHtml("it's")).toBe("it&#39;s");
  });

  it("drops characters XML cannot carry, keeps tabs, newlines and surrogate pairs", () => {
    expect(xmlSafe("a\u0000b\u000Bc\td\ne\uFFFF🙂\uD800x")).toBe("abc\td\ne🙂x");
  });
});
