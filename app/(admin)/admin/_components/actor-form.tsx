"use client";
// Create or edit an actor: names in three languages, aliases, kind, codes, parent and dates.
import { useActionState, useState } from "react";
import { ACTOR_KINDS } from "@/lib/domain";
import { idleState, type ActionState } from "@/lib/forms";
import { saveActorAction } from "../actors/actions";
import { ActorPicker } from "./actor-picker";
import { buttonClass, FieldError, FormMessage, primaryButtonClass, SelectField, TextArea, TextField } from "./fields";

export type ActorFormValues = Record<string, string>;

const KIND_NAME: Record<string, string> = { state: "State", subnational: "Subnational body", city: "City", organisation: "Organisation", person: "Person" };

export function ActorForm({ initial, id, parentName }: { initial: ActorFormValues; id?: string; parentName?: string | null }) {
  const [state, dispatch, pending] = useActionState<ActionState<ActorFormValues>, FormData>(saveActorAction, idleState(initial));
  const values = state.values;
  const e = state.errors;
  const [parent, setParent] = useState<{ id: string; name: string } | null>(
    initial.parentId ? { id: initial.parentId, name: parentName ?? initial.parentId } : null,
  );
  // Inputs are uncontrolled with the last submitted values as defaults; the key remounts them after each answer.
  const key = JSON.stringify(values);
  return (
    <form action={dispatch} className="max-w-3xl space-y-4" noValidate key={key}>
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <input type="hidden" name="parentId" value={parent?.id ?? ""} />
      <FormMessage message={state.message} tone={state.status === "ok" || state.status === "idle" ? "ok" : "error"} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="nameEn" label="Name in English" defaultValue={values.nameEn} errors={e.nameEn} required maxLength={300} />
        <SelectField
          name="kind"
          label="Kind of actor"
          defaultValue={values.kind}
          errors={e.kind}
          options={[["", "Choose…"], ...ACTOR_KINDS.map((k) => [k, KIND_NAME[k]!] as const)]}
        />
        <TextField name="nameHy" label="Name in Armenian" lang="hy" defaultValue={values.nameHy} errors={e.nameHy} maxLength={300} />
        <TextField name="nameRu" label="Name in Russian" lang="ru" defaultValue={values.nameRu} errors={e.nameRu} maxLength={300} />
        <TextField name="countryCode" label="Country code" hint="ISO 3166: AM, US, or US-CA for a subdivision" defaultValue={values.countryCode} errors={e.countryCode} maxLength={6} />
        <TextField name="wikidataId" label="Wikidata id" hint="e.g. Q399" defaultValue={values.wikidataId} errors={e.wikidataId} maxLength={14} />
        <TextField name="existedFrom" label="Existed from" hint="YYYY, YYYY-MM or YYYY-MM-DD" defaultValue={values.existedFrom} errors={e.existedFrom} maxLength={10} />
        <TextField name="existedUntil" label="Existed until" hint="e.g. 2024-01-01 for Artsakh" defaultValue={values.existedUntil} errors={e.existedUntil} maxLength={10} />
      </div>
      <TextArea name="aliases" label="Aliases" hint="Other names and spellings, one per line" rows={3} defaultValue={values.aliases} errors={e.aliases} />
      <TextArea name="description" label="Description" rows={3} defaultValue={values.description} errors={e.description} maxLength={2000} />
      <div>
        {parent ? (
          <p className="text-sm">
            Parent: <strong>{parent.name}</strong>{" "}
            <button type="button" className={buttonClass} onClick={() => setParent(null)}>
              Remove parent
            </button>
          </p>
        ) : (
          <ActorPicker label="Parent actor (optional)" onPick={(a) => setParent({ id: a.id, name: a.name })} exclude={id ? [id] : []} />
        )}
        <FieldError name="parentId" errors={e.parentId} />
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Saving…" : id ? "Save actor" : "Create actor"}
      </button>
    </form>
  );
}
