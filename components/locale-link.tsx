// next/link with the address in the render's language: <Link href="/entries"> leads to /hy/entries on an
// Armenian page. A server component (useLocale reads the request's language), so it adds no script of its own.
import NextLink from "next/link";
import { useLocale } from "next-intl";
import type { ComponentProps } from "react";
import { localizedPath } from "@/lib/i18n/paths";
import { isLocale } from "@/lib/i18n/locales";

export default function Link({ href, ...props }: ComponentProps<typeof NextLink>) {
  const locale = useLocale();
  const target = typeof href === "string" && isLocale(locale) ? localizedPath(locale, href) : href;
  return <NextLink href={target} {...props} />;
}
