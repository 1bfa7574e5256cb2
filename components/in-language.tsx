// Content in the reader's language, or the English text marked as English: lang="en" for screen readers and
// hyphenation, and a discreet "in English" so a reader knows the entry has no translation yet.
import { useTranslations } from "next-intl";
import type { InLanguage } from "@/lib/i18n/content";

export function InLanguageText({ value, mark = true }: { value: InLanguage; mark?: boolean }) {
  const t = useTranslations("common");
  if (value.translated) return <>{value.text}</>;
  return (
    <>
      <span lang="en">{value.text}</span>
      {mark ? <span className="in-english ml-1.5 align-middle font-sans text-xs font-normal not-italic text-muted">({t("inEnglish")})</span> : null}
    </>
  );
}
