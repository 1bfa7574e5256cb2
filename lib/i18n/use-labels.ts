// The label maps in client components, from the `labels` namespace their NextIntlClientProvider was given.
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { makeLabels, type LabelTranslator, type Labels } from "./labels";

export function useLabels(): Labels {
  const t = useTranslations("labels");
  return useMemo(() => makeLabels(t as unknown as LabelTranslator), [t]);
}
