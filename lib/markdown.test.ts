import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders ordinary Markdown", () => {
    expect(renderMarkdown("> quoted **text**")).toContain("<blockquote>");
    expect(renderMarkdown("[link](https://example.org)")).toContain('href="https://example.org"');
  });

  it("drops scripts, event handlers and javascript: links", () => {
    const html = renderMarkdown("<script>alert(1)</script><img src=x onerror=alert(1)>");
    expect(html).not.toMatch(/<script|onerror|<img/i);
    const link = renderMarkdown("A [link](javascript:alert(1)) and [another](data:text/html,x).");
    expect(link).not.toMatch(/href="(javascript|data):/i);
    expect(link).toContain("link");
  });
});
