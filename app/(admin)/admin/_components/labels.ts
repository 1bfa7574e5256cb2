// Words for the codes the editors' forms choose from (the public labels are in components/labels.ts).
import type { DatePrecision, Language, SourceTier } from "@/lib/domain";

export const STATEMENT_FORM_LABEL: Record<string, string> = {
  press_release: "Press release",
  interview: "Interview",
  speech: "Speech",
  press_conference: "Press conference",
  declaration: "Declaration",
  statement: "Statement",
};

export const MEETING_FORMAT_LABEL: Record<string, string> = {
  bilateral: "Bilateral",
  multilateral: "Multilateral",
  visit: "Visit",
  phone_call: "Phone call",
  forum: "Forum",
};

export const STAGE_LABEL: Record<string, string> = {
  committee: "Committee",
  floor: "Floor vote",
  second_chamber: "Second chamber",
  signature: "Signature",
  other: "Other",
};

export const TIER_LABEL: Record<SourceTier, string> = {
  primary: "Primary — the actor's own publication",
  secondary: "Secondary — press",
  advocacy: "Advocacy",
};

export const LANGUAGE_LABEL: Record<Language, string> = { en: "English", hy: "Armenian", ru: "Russian" };

export const PRECISION_LABEL: Record<DatePrecision, string> = { day: "day", month: "month", year: "year" };

export const QUALIFIER_LABEL: Record<string, string> = {
  before: "before",
  by: "by",
  circa: "circa (about)",
  undated: "undated: the sources give no date; the date above is the bound of the first source's own date (no earlier than)",
};
