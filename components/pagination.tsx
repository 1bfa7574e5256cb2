import Link from "next/link";

/** Newer / older links for keyset pages; `base` keeps the view's filters. */
export function Pagination({
  path,
  base,
  prevCursor,
  nextCursor,
  isFirst,
  newerLabel = "Newer",
  olderLabel = "Older",
}: {
  path: string;
  base: URLSearchParams;
  prevCursor: string | null;
  nextCursor: string | null;
  isFirst: boolean;
  newerLabel?: string;
  olderLabel?: string;
}) {
  if (isFirst && !nextCursor) return null;
  const href = (key: "after" | "before" | null, cursor?: string | null) => {
    const params = new URLSearchParams(base);
    if (key && cursor) params.set(key, cursor);
    const qs = params.toString();
    return qs ? `${path}?${qs}` : path;
  };
  return (
    <nav aria-label="Pagination" className="no-print mt-8 flex flex-wrap items-center justify-between gap-3 font-sans text-sm">
      <span className="flex gap-4">
        {!isFirst ? <Link href={href(null)}>« First page</Link> : null}
        {prevCursor ? <Link href={href("before", prevCursor)} rel="prev">← {newerLabel}</Link> : null}
      </span>
      {nextCursor ? (
        <Link href={href("after", nextCursor)} rel="next" className="button button-quiet">
          {olderLabel} →
        </Link>
      ) : null}
    </nav>
  );
}
