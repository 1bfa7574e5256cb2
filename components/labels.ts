// Human words for the record's codes, in one place so every page says the same.
import type { ActorRole, EntryKind, RecognitionAction, RecognitionLevel } from "@/lib/domain";

export const KIND_LABEL: Record<EntryKind, string> = {
  statement: "Statement",
  meeting: "Meeting",
  recognition: "Recognition",
};

export const KIND_PLURAL: Record<EntryKind, string> = {
  statement: "Statements",
  meeting: "Meetings",
  recognition: "Recognition events",
};

export const ROLE_LABEL: Record<ActorRole, string> = {
  speaker: "Speaker",
  issuing_body: "Issued by",
  participant: "Participant",
  host: "Host",
  acting_body: "Acting body",
  subject: "Subject",
  mentioned: "Mentioned",
};

export const ACTION_LABEL: Record<RecognitionAction, string> = {
  recognizes_independence: "Recognises independence",
  mutual_recognition: "Mutual recognition",
  calls_for_recognition: "Calls for recognition",
  supports_self_determination: "Supports self-determination",
  rejects_recognition: "Rejects recognition",
  affirms_azerbaijan_territorial_integrity: "Affirms Azerbaijan's territorial integrity",
  friendship_or_twinning: "Friendship or twinning",
  representative_office: "Representative office",
};

export const LEVEL_LABEL: Record<RecognitionLevel, string> = {
  national: "National",
  subnational: "Subnational",
  municipal: "Municipal",
  party: "Party",
};
