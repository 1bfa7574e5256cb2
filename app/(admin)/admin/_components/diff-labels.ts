// The words of a revision diff (lib/entries/diff.ts, lib/actors/diff.ts) in the interface's language: the lib
// modules keep English defaults and no UI imports, the history pages pass these in. Same keys as the English
// constant; a key missing from the catalogue keeps its English word.
import "server-only";
import { getTranslations } from "next-intl/server";

export async function diffLabels<K extends string>(namespace: string, english: Readonly<Record<K, string>>): Promise<Record<K, string>> {
  const t = await getTranslations(namespace);
  const out = {} as Record<K, string>;
  for (const key of Object.keys(english) as K[]) out[key] = t.has(key as never) ? t(key as never) : english[key];
  return out;
}
