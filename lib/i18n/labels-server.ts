// The label maps on the server: getLabels() inside a render (the render's language), labelsFor(locale) outside
// one (feeds, citations, the OpenAPI document, the map SVG).
import { createTranslator } from "next-intl";
import { getTranslations } from "next-intl/server";
import { loadMessages } from "./catalogue";
import { makeLabels, type LabelTranslator, type Labels } from "./labels";
import type { Locale } from "./locales";

const byLocale = new Map<Locale, Labels>();

/** The labels in `locale`, built once per process and language. */
export function labelsFor(locale: Locale): Labels {
  let labels = byLocale.get(locale);
  if (!labels || process.env.NODE_ENV === "development") {
    const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "labels" });
    labels = makeLabels(t as unknown as LabelTranslator);
    byLocale.set(locale, labels);
  }
  return labels;
}

/** The labels in the language of the current render (server components). */
export async function getLabels(): Promise<Labels> {
  const t = await getTranslations("labels");
  return makeLabels(t as unknown as LabelTranslator);
}
