// What creating or editing an actor accepts, for the admin form and the entry form's inline creation alike.
import { z } from "zod";
import { v } from "@/lib/i18n/message-key";
import { ACTOR_KINDS, partialDate } from "@/lib/domain";
import { refuseNulCharacters } from "@/lib/forms";

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, v("tooLong", { max }))
    .nullable()
    .transform((v) => (v ? v : null));

const actorFields = z.object({
  kind: z.enum(ACTOR_KINDS, v("actorKind")),
  nameEn: z.string().trim().min(1, v("actorNameEn")).max(300, v("tooLong", { max: 300 })),
  nameHy: optional(300),
  nameRu: optional(300),
  aliases: z.array(z.string().trim().min(1).max(300, v("aliasTooLong", { max: 300 }))).max(50, v("tooManyAliases", { max: 50 })),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, v("countryCode"))
    .nullable(),
  parentId: z.uuid(v("actorParent")).nullable(),
  wikidataId: z
    .string()
    .trim()
    .regex(/^Q\d{1,12}$/, v("wikidataId"))
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
    fromId: z.uuid(v("mergeFrom")),
    intoId: z.uuid(v("mergeInto")),
  })
  // Only once both are actors' ids: v("mergeInto") is the one thing to say about a missing one.
  .refine((v) => v.fromId !== v.intoId, {
    path: ["intoId"],
    message: v("mergeSelf"),
    when: (payload) => payload.issues.length === 0,
  });
