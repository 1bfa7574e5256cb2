// ISO 3166 codes to English names and to the numeric codes the world map's shapes carry.
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";

countries.registerLocale(en);

/** The English name of an ISO 3166-1 alpha-2 code (the code itself for one the standard does not know). */
export function countryName(code: string): string {
  const alpha2 = code.slice(0, 2).toUpperCase();
  return countries.getName(alpha2, "en") ?? code;
}

/** "US" → "840" (ISO 3166-1 numeric, as world-atlas names its countries); undefined when unknown. */
export function numericCountryCode(code: string): string | undefined {
  return countries.alpha2ToNumeric(code.slice(0, 2).toUpperCase()) ?? undefined;
}

/** "840" → "US" (the world map's shapes carry ISO 3166-1 numeric codes); undefined when unknown. */
export function numericToAlpha2(numeric: string): string | undefined {
  return countries.numericToAlpha2(numeric) ?? undefined;
}

/** The name of an ISO 3166-1 alpha-2 code in Armenian or Russian, through Intl; null where Intl has none. */
export function countryNameIn(code: string, locale: "hy" | "ru"): string | null {
  // A code the standard does not know would come back as Intl's "unknown region".
  if (countryName(code) === code) return null;
  try {
    return new Intl.DisplayNames([locale === "hy" ? "hy-AM" : "ru-RU"], { type: "region", fallback: "none" }).of(code.slice(0, 2).toUpperCase()) ?? null;
  } catch {
    return null;
  }
}
