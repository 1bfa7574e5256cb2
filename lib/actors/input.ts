// What creating or editing an actor accepts, for the admin form and the entry form's inline creation alike.
import { z } from "zod";
import { ACTOR_KINDS, partialDate } from "@/lib/domain";
import { refuseNulCharacters } from "@/lib/forms";

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullable()
    .transform((v) => (v ? v : null));

const actorFields = z.object({
  kind: z.enum(ACTOR_KINDS, "Choose what kind of actor this is"),
  nameEn: z.string().trim().min(1, "Give the English name").max(300, "At most 300 characters"),
  nameHy: optional(300),
  nameRu: optional(300),
  aliases: z.array(z.string().trim().min(1).max(300, "At most 300 characters per alias")).max(50, "At most 50 aliases"),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, "Use an ISO 3166 code such as AM, US or US-CA")
    .nullable(),
  parentId: z.uuid("Choose the parent from the list").nullable(),
  wikidataId: z
    .string()
    .trim()
    .regex(/^Q\d{1,12}$/, "A Wikidata id looks like Q399")
    .nullable(),
  existedFrom: partialDate.nullable(),
  existedUntil: partialDate.nullable(),
  description: optional(2000),
  /** Listed on the public site even while no published entry names it. */
  public: z.boolean().default(false),
});

export const actorInputSchema = actorFields.superRefine((value, ctx) => refuseNulCharacters(value, ctx), { when: () => true });
export type ActorInput = z.infer<typeof actorInputSchema>;

/** The actor form as the server reads it: the input, the version the editor started from, and a change note. */
export const actorSubmissionSchema = actorFields
  .extend({
    version: z.coerce.number().int().min(1).optional(),
    changeNote: optional(500),
  })
  .superRefine((value, ctx) => refuseNulCharacters(value, ctx), { when: () => true });
export type ActorSubmission = z.infer<typeof actorSubmissionSchema>;

/**
 * The form's strings as the submission schema's input: empty boxes are null, aliases one per line or
 * comma-separated, the "public" checkbox on or off. (`actorInputSchema` ignores the version and change note.)
 */
export function actorFormToInput(values: Record<string, string>): Record<string, unknown> {
  const orNull = (v: string | undefined) => (v && v.trim() !== "" ? v : null);
  return {
    kind: values.kind ?? "",
    nameEn: values.nameEn ?? "",
    nameHy: orNull(values.nameHy),
    nameRu: orNull(values.nameRu),
    aliases: (values.aliases ?? "")
      .split(/[\n,]/)
      .map((a) => a.trim())
      .filter(Boolean),
    countryCode: orNull(values.countryCode),
    parentId: orNull(values.parentId),
    wikidataId: orNull(values.wikidataId),
    existedFrom: orNull(values.existedFrom),
    existedUntil: orNull(values.existedUntil),
    description: orNull(values.description),
    public: values.public === "on" || values.public === "true",
    ...(values.version ? { version: values.version } : {}),
    changeNote: orNull(values.changeNote),
  };
}

export const actorMergeSchema = z
  .object({
    fromId: z.uuid("Choose the duplicate to merge"),
    intoId: z.uuid("Choose the actor to keep"),
  })
  // Only once both are actors' ids: "Choose the actor to keep" is the one thing to say about a missing one.
  .refine((v) => v.fromId !== v.intoId, {
    path: ["intoId"],
    message: "An actor cannot be merged into itself",
    when: (payload) => payload.issues.length === 0,
  });
