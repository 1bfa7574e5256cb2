"use client";
// Create or edit an actor: names in three languages, aliases, kind, codes, parent, dates and whether the public
// site lists it. The form carries the version it was opened at; a save refused because someone saved meanwhile
// keeps what was typed and offers to save over the other version (which stays in the history).
import { useActionState, useState } from "react";
import { ACTOR_KINDS } from "@/lib/domain";
import { idleState, type ActionState } from "@/lib/forms";
import { saveActorAction } from "../actors/actions";
import { ActorPicker } from "./actor-picker";
import { buttonClass, FieldError, FormMessage, primaryButtonClass, SelectField, TextArea, TextField } from "./fields";

export type ActorFormValues = Record<string, string>;

const KIND_NAME: Record<string, string> = { state: "State", subnational: "Subnational body", city: "City", organisation: "Organisation", person: "Person" };

type State = ActionState<ActorFormValues>;

function ConflictPanel({ state, actorId, onKeepMine }: { state: State; actorId: string; onKeepMine: (version: number) => void }) {
  const conflict = state.conflict;
  if (!conflict) return null;
  return (
    <div role="alert" className="space-y-2 rounded border-2 border-[var(--color-accent)] p-4">
      <p className="font-semibold">{state.message}</p>
      <p className="text-sm">
        Saved at {new Date(conflict.updatedAt).toLocaleString("en-GB", { timeZone: "UTC" })} UTC. Compare with{" "}
        <a href={`/admin/actors/${actorId}/edit`} target="_blank" rel="noopener">
          the saved version (opens in a new tab)
        </a>{" "}
        or its <a href={`/admin/actors/${actorId}/history`} target="_blank" rel="noopener">history</a>, then either copy your changes into it, or:
      </p>
      <button type="button" className={buttonClass} onClick={() => onKeepMine(conflict.version)}>
        Use my version instead (their version stays in the history)
      </button>
    </div>
  );
}

export function ActorForm({ initial, id, parentName }: { initial: ActorFormValues; id?: string; parentName?: string | null }) {
  const [state, dispatch, pending] = useActionState<State, FormData>(saveActorAction, idleState(initial));
  const values = state.values;
  const e = state.errors;
  // The version this form saves over: the one it was opened at, or the newer one the editor chose to replace.
  const [version, setVersion] = useState(initial.version ?? "");
  const [overridden, setOverridden] = useState<State | null>(null);
  const showConflict = state.status === "conflict" && id && overridden !== state;
  const [parent, setParent] = useState<{ id: string; name: string } | null>(
    initial.parentId ? { id: initial.parentId, name: parentName ?? initial.parentId } : null,
  );
  // Inputs are uncontrolled with the last submitted values as defaults; the key remounts them after each answer.
  const key = JSON.stringify(values);
  return (
    <form action={dispatch} className="max-w-3xl space-y-4" noValidate key={key}>
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {id ? <input type="hidden" name="version" value={version} /> : null}
      <input type="hidden" name="parentId" value={parent?.id ?? ""} />
      {showConflict ? (
        <ConflictPanel
          state={state}
          actorId={id}
          onKeepMine={(newer) => {
            setVersion(String(newer));
            setOverridden(state);
          }}
        />
      ) : (
        <FormMessage
          message={overridden === state ? "Your version will replace the saved one when you save. Their version stays in the history." : state.message}
          tone={overridden === state || state.status === "ok" || state.status === "idle" ? "ok" : "error"}
        />
      )}
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
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="public" className="mt-1" defaultChecked={values.public === "on" || values.public === "true"} aria-describedby="f-public-hint" />
          <span>
            <strong>Show on the public site</strong>
            <span id="f-public-hint" className="block text-xs text-[var(--color-muted)]">
              Actors appear on the public site once a published entry names them. Tick this to list this one even before that.
            </span>
          </span>
        </label>
      </div>
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
      <TextField name="changeNote" label="Change note" hint="For the history: what you changed and why (optional)" defaultValue={values.changeNote} errors={e.changeNote} maxLength={500} />
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Saving…" : id ? "Save actor" : "Create actor"}
      </button>
    </form>
  );
}
