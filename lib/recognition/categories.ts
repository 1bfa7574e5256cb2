// How recognition actions are grouped for the maps and legend, and which action speaks for a jurisdiction.
import type { DatePrecision, DateQualifier, RecognitionAction, RecognitionLevel } from "@/lib/domain";

export const MAP_CATEGORIES = ["recognised", "called", "self_determination", "ties", "rejected"] as const;
export type MapCategory = (typeof MAP_CATEGORIES)[number];

export const CATEGORY_OF_ACTION: Record<RecognitionAction, MapCategory> = {
  recognizes_independence: "recognised",
  mutual_recognition: "recognised",
  calls_for_recognition: "called",
  supports_self_determination: "self_determination",
  friendship_or_twinning: "ties",
  representative_office: "ties",
  rejects_recognition: "rejected",
  affirms_azerbaijan_territorial_integrity: "rejected",
};

/** The legend's words: what a jurisdiction of each colour did, in the record's neutral voice. */
export const CATEGORY_LABEL: Record<MapCategory | "none", string> = {
  recognised: "Passed a resolution or act recognising Artsakh",
  called: "Called for recognition of Artsakh",
  self_determination: "Supported Artsakh's right to self-determination",
  ties: "Friendship, twinning or a representative office",
  rejected: "Rejected recognition or affirmed Azerbaijan's territorial integrity",
  none: "No recorded action",
};

/** Positions on recognition outrank ties of friendship; within each, this order breaks a tie of dates. */
const PRECEDENCE: RecognitionAction[] = [
  "recognizes_independence",
  "mutual_recognition",
  "rejects_recognition",
  "affirms_azerbaijan_territorial_integrity",
  "calls_for_recognition",
  "supports_self_determination",
  "representative_office",
  "friendship_or_twinning",
];

export type JurisdictionEvent = {
  action: RecognitionAction;
  level: RecognitionLevel;
  date: string;
  datePrecision: DatePrecision;
  /** "undated": `date` is only the reporting source's bound (absent in older callers: dated). */
  dateQualifier?: DateQualifier | null;
  entrySlug: string;
};

const isPosition = (a: RecognitionAction) => CATEGORY_OF_ACTION[a] !== "ties";

/**
 * The action a jurisdiction is coloured by: its latest position on recognition (recognising, calling for
 * it, supporting self-determination, rejecting it); friendship ties and offices only where it took no
 * position, so a twinning in 2019 does not hide a recognition in 2014.
 */
export function decisiveEvent<T extends JurisdictionEvent>(events: T[]): T | null {
  const positions = events.filter((e) => isPosition(e.action));
  const pool = positions.length > 0 ? positions : events;
  let best: T | null = null;
  for (const e of pool) {
    if (
      !best ||
      e.date > best.date ||
      (e.date === best.date && PRECEDENCE.indexOf(e.action) < PRECEDENCE.indexOf(best.action))
    ) {
      best = e;
    }
  }
  return best;
}
