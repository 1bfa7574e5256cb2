import { useTranslations } from "next-intl";
import Link from "@/components/locale-link";

/** Newer / older links for keyset pages; `base` keeps the view's filters. */
export function Pagination({
  path,
  base,
  prevCursor,
  nextCursor,
  isFirst,
  newerLabel,
  olderLabel,
}: {
  path: string;
  base: URLSearchParams;
  prevCursor: string | null;
  nextCursor: string | null;
  isFirst: boolean;
  newerLabel?: string;
  olderLabel?: string;
}) {
  const t = useTranslations("common.pagination");
  if (isFirst && !nextCursor) return null;
  const href = (key: "after" | "before" | null, cursor?: string | null) => {
    const params = new URLSearchParams(base);
    if (key && cursor) params.set(key, cursor);
    const qs = params.toString();
    return qs ? `${path}?${qs}` : path;
  };
  return (
    <nav aria-label={t("label")} className="no-print mt-8 flex flex-wrap items-center justify-between gap-3 font-sans text-sm">
      <span className="flex gap-4">
        {!isFirst ? <Link href={href(null)}>« {t("first")}</Link> : null}
        {prevCursor ? <Link href={href("before", prevCursor)} rel="prev">← {newerLabel ?? t("newer")}</Link> : null}
      </span>
      {nextCursor ? (
        <Link href={href("after", nextCursor)} rel="next" className="button button-quiet">
          {olderLabel ?? t("older")} →
        </Link>
      ) : null}
    </nav>
  );
}
