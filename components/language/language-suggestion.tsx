"use client";
// A dismissible note offering the page in the reader's own language, when their browser prefers another
// interface language than the page's. Decided in the browser (navigator.languages), never in the server's HTML:
// a cached page is the same for every reader, and nothing ever redirects.
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { localizedPath, unprefixedPath } from "@/lib/i18n/paths";

export type SuggestionText = { text: string; link: string; dismiss: string };

const DISMISSED = "record-language-note-dismissed";

function preferred(current: Locale): Locale | null {
  for (const tag of navigator.languages ?? []) {
    const code = tag.toLowerCase().split("-")[0];
    if (code === current) return null;
    const match = LOCALES.find((l) => l === code);
    if (match) return match;
  }
  return null;
}

export function LanguageSuggestion({ current, texts }: { current: Locale; texts: Record<Locale, SuggestionText> }) {
  const [suggested, setSuggested] = useState<Locale | null>(null);
  const pathname = usePathname();
  const query = useSearchParams().toString();

  useEffect(() => {
    let dismissed = false;
    try {
      dismissed = localStorage.getItem(DISMISSED) === "1";
    } catch {
      // Storage refused (private mode): the note may show again; it never blocks anything.
    }
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the browser's languages are only known here
    if (!dismissed) setSuggested(preferred(current));
  }, [current]);

  if (!suggested) return null;
  const t = texts[suggested];
  const href = localizedPath(suggested, `${unprefixedPath(pathname)}${query ? `?${query}` : ""}`);
  function dismiss() {
    try {
      localStorage.setItem(DISMISSED, "1");
    } catch {
      // See above.
    }
    setSuggested(null);
  }
  return (
    <div role="note" lang={suggested} className="border-b border-rule bg-paper font-sans text-sm">
      <p className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 sm:px-6">
        <span>
          {t.text}{" "}
          <a href={href} hrefLang={suggested}>
            {t.link}
          </a>
        </span>
        <button type="button" onClick={dismiss} className="button button-quiet">
          {t.dismiss}
        </button>
      </p>
    </div>
  );
}
