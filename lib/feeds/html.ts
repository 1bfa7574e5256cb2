// A small HTML builder for feed content: every text is escaped, markup comes only from here or the Markdown sanitiser.
export type Html = { readonly html: string };
type Child = Html | string | number | null | undefined | false | Child[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Markup already made safe elsewhere (the sanitised Markdown body). */
export function raw(html: string): Html {
  return { html };
}

function render(child: Child): string {
  if (child === null || child === undefined || child === false) return "";
  if (Array.isArray(child)) return child.map(render).join("");
  if (typeof child === "object") return child.html;
  return escapeHtml(String(child));
}

const VOID = new Set(["br", "hr", "img"]);

export function el(tag: string, attrs: Record<string, string | null | undefined> | null, ...children: Child[]): Html {
  const attributes = Object.entries(attrs ?? {})
    .filter((pair): pair is [string, string] => typeof pair[1] === "string")
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join("");
  return { html: VOID.has(tag) ? `<${tag}${attributes}>` : `<${tag}${attributes}>${render(children)}</${tag}>` };
}

export function fragment(...children: Child[]): Html {
  return { html: render(children) };
}

// XML 1.0 allows neither C0 controls other than tab, newline and return, nor U+FFFE/U+FFFF, nor lone surrogates.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text that can stand in an XML document: characters XML cannot carry are dropped. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "");
}
