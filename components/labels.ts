// Human words for the record's codes, in one place so every page says the same.
import type { SourcingFilter } from "@/lib/constants";
import type {
  ActorKind,
  ActorRole,
  EntryKind,
  Language,
  MeetingDetails,
  RecognitionAction,
  RecognitionDetails,
  RecognitionLevel,
  SourceTier,
  StatementDetails,
} from "@/lib/domain";

export const KIND_LABEL: Record<EntryKind, string> = {
  statement: "Statement",
  meeting: "Meeting",
  recognition: "Recognition",
};

/** The sourcing filters, and the neutral badges of the entries they select. */
export const SOURCING_LABEL: Record<SourcingFilter, string> = {
  single: "Resting on a single source",
  "no-primary": "No primary source",
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

export const ACTOR_KIND_PLURAL: Record<ActorKind, string> = {
  state: "States",
  subnational: "Subnational bodies",
  city: "Cities and municipalities",
  organisation: "Organisations and parties",
  person: "People",
};

export const ACTOR_KIND_LABEL: Record<ActorKind, string> = {
  state: "State",
  subnational: "Subnational body",
  city: "City",
  organisation: "Organisation",
  person: "Person",
};

export const FORM_LABEL: Record<StatementDetails["form"], string> = {
  press_release: "Press release",
  interview: "Interview",
  speech: "Speech",
  press_conference: "Press conference",
  declaration: "Declaration",
  statement: "Statement",
};

export const FORMAT_LABEL: Record<MeetingDetails["format"], string> = {
  bilateral: "Bilateral meeting",
  multilateral: "Multilateral meeting",
  visit: "Visit",
  phone_call: "Phone call",
  forum: "Forum",
};

export const STAGE_LABEL: Record<RecognitionDetails["stages"][number]["stage"], string> = {
  committee: "Committee",
  floor: "Floor vote",
  second_chamber: "Second chamber",
  signature: "Signature",
  other: "Other stage",
};

export const TIER_LABEL: Record<SourceTier, string> = {
  primary: "Primary source",
  secondary: "Press or reference",
  advocacy: "Advocacy",
};

export const LANGUAGE_LABEL: Record<Language, string> = { en: "English", hy: "Armenian", ru: "Russian" };
