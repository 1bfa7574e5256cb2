// The editorial system's language for the pages seen signed out (lib/i18n/locales.ts EDITOR_LOCALE_COOKIE).
import "server-only";
import { cookies, headers } from "next/headers";
import { getEnv } from "@/lib/env";
import { forwardedProto } from "@/lib/security/forwarded";
import { isHttps } from "@/lib/security/headers";
import { EDITOR_LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";

export async function rememberEditorLocale(locale: Locale): Promise<void> {
  const secure = isHttps(forwardedProto(await headers(), getEnv().trustProxy));
  (await cookies()).set(EDITOR_LOCALE_COOKIE, locale, {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    secure,
    maxAge: 60 * 60 * 24 * 365,
  });
}
