// Words for the record's codes (kinds, roles, actions, levels, tiers…), one map per enumeration, read from the
// `labels` namespace of the catalogue. Pure: the same maps on the server (getLabels, labelsFor in
// ./labels-server.ts), in client components (useLabels in ./use-labels.ts) and in tests.
import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  DATE_PRECISIONS,
  DATE_QUALIFIERS,
  ENTRY_KINDS,
  ENTRY_STATUSES,
  LANGUAGES,
  MEETING_FORMATS,
  RECOGNITION_ACTIONS,
  RECOGNITION_LEVELS,
  SOURCE_TIERS,
  STAGE_KINDS,
  STATEMENT_FORMS,
  USER_ROLES,
} from "@/lib/constants";

/** Each group of labels/<group>.json and the codes it names. */
export const LABEL_GROUPS = {
  kind: ENTRY_KINDS,
  kindPlural: ENTRY_KINDS,
  role: ACTOR_ROLES,
  action: RECOGNITION_ACTIONS,
  level: RECOGNITION_LEVELS,
  actorKind: ACTOR_KINDS,
  actorKindPlural: ACTOR_KINDS,
  form: STATEMENT_FORMS,
  format: MEETING_FORMATS,
  stage: STAGE_KINDS,
  tier: SOURCE_TIERS,
  tierHint: SOURCE_TIERS,
  language: LANGUAGES,
  precision: DATE_PRECISIONS,
  qualifier: DATE_QUALIFIERS,
  status: ENTRY_STATUSES,
  userRole: USER_ROLES,
} as const;

type Groups = typeof LABEL_GROUPS;
export type LabelGroup = keyof Groups;
export type Labels = { readonly [G in LabelGroup]: Readonly<Record<Groups[G][number], string>> };

/** A translator bound to the `labels` namespace (next-intl's, from any of its entry points). */
export type LabelTranslator = (key: string) => string;

/** Every label map, in the translator's language. */
export function makeLabels(t: LabelTranslator): Labels {
  const out = {} as Record<string, Record<string, string>>;
  for (const [group, codes] of Object.entries(LABEL_GROUPS)) {
    out[group] = Object.fromEntries(codes.map((code) => [code, t(`${group}.${code}`)]));
  }
  return out as Labels;
}
