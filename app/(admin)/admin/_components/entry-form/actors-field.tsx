"use client";
// The entry's actors: chosen with search-as-you-type or created on the spot, each with a role and their title at the time.
import { useLabels } from "@/lib/i18n/use-labels";
import { useState, useTransition } from "react";
import { ACTOR_KINDS, ACTOR_ROLES } from "@/lib/domain";
import { emptyActor } from "@/lib/entries/form-values";
import { createActorInlineAction } from "../../actors/actions";
import { ActorPicker } from "../actor-picker";
import { buttonClass, FieldError, inputClass } from "../fields";
import { BoundSelect, BoundText, choices, useEntryFormContext } from "./context";

const DEFAULT_ROLE: Record<string, string> = { statement: "speaker", meeting: "participant", recognition: "acting_body" };
const KIND_NAME: Record<string, string> = { state: "State", subnational: "Subnational body", city: "City", organisation: "Organisation", person: "Person" };

function NewActor({ name, onCreated, onCancel }: { name: string; onCreated: (actor: { id: string; name: string }) => void; onCancel: () => void }) {
  const [nameEn, setNameEn] = useState(name);
  const [kind, setKind] = useState("person");
  const [countryCode, setCountryCode] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const create = () =>
    startTransition(async () => {
      const result = await createActorInlineAction({ nameEn, kind, countryCode });
      if (!result.ok) setProblem(result.message);
      else if (!result.data.ok) setProblem(result.data.message);
      else onCreated(result.data.actor);
    });
  return (
    <div role="group" aria-label="New actor" className="space-y-3 rounded border-2 border-dashed border-[var(--color-rule)] p-3">
      <p className="text-sm font-semibold">New actor</p>
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="text-sm font-semibold">
          Name of the new actor
          <input className={inputClass} value={nameEn} onChange={(e) => setNameEn(e.target.value)} maxLength={300} />
        </label>
        <label className="text-sm font-semibold">
          Kind of actor
          <select className={inputClass} value={kind} onChange={(e) => setKind(e.target.value)}>
            {ACTOR_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_NAME[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          Country code
          <input className={inputClass} value={countryCode} onChange={(e) => setCountryCode(e.target.value)} placeholder="AM, US-CA" maxLength={6} />
        </label>
      </div>
      <p aria-live="polite" className="text-sm font-semibold text-[var(--color-accent)]">
        {problem}
      </p>
      <div className="flex gap-2">
        <button type="button" className={buttonClass} disabled={pending} onClick={create}>
          {pending ? "Creating…" : "Create actor"}
        </button>
        <button type="button" className={buttonClass} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

export function ActorsField() {
  const labels = useLabels();
  const { form, errors } = useEntryFormContext();
  const { values } = form;
  const [creating, setCreating] = useState<string | null>(null);
  const role = DEFAULT_ROLE[values.kind] ?? "mentioned";
  const add = (actor: { id: string; name: string }) => form.addRow("actors", { ...emptyActor(role), actorId: actor.id, name: actor.name });
  return (
    <fieldset className="space-y-3">
      <legend className="text-base font-semibold">Actors</legend>
      <p className="text-xs text-[var(--color-muted)]">
        {values.kind === "meeting"
          ? "The participants (two or more), each with their role or title at the time."
          : values.kind === "statement"
            ? "Who spoke, and the body that issued the statement."
            : "The body that acted, and any others involved."}
      </p>
      {values.actors.length === 0 ? <p className="text-sm">No actors yet.</p> : null}
      <ol className="space-y-2">
        {values.actors.map((actor, i) => (
          <li key={form.keys.actors[i]}>
            <div role="group" aria-label={`Actor ${i + 1}: ${actor.name || "not chosen"}`} className="rounded border border-[var(--color-rule)] p-3">
              <input type="hidden" name={`actors.${i}.actorId`} value={actor.actorId} />
              <input type="hidden" name={`actors.${i}.name`} value={actor.name} />
              <p className="font-semibold">{actor.name || "(no actor chosen)"}</p>
              <FieldError name={`actors.${i}.actorId`} errors={errors[`actors.${i}.actorId`]} />
              <div className="mt-2 grid gap-3 sm:grid-cols-2">
                <BoundSelect name={`actors.${i}.role`} label={`Role of ${actor.name || `actor ${i + 1}`}`} options={choices(ACTOR_ROLES, labels.role)} />
                <BoundText name={`actors.${i}.titleAtTime`} label={`Title at the time (${actor.name || `actor ${i + 1}`})`} hint="e.g. Foreign Minister of Armenia" maxLength={300} />
              </div>
              <div className="mt-2 flex flex-wrap gap-2">
                <button type="button" className={buttonClass} onClick={() => form.moveRow("actors", i, -1)} disabled={i === 0}>
                  Move up
                </button>
                <button type="button" className={buttonClass} onClick={() => form.moveRow("actors", i, 1)} disabled={i === values.actors.length - 1}>
                  Move down
                </button>
                <button type="button" className={buttonClass} onClick={() => form.removeRow("actors", i)}>
                  Remove {actor.name || `actor ${i + 1}`}
                </button>
              </div>
            </div>
          </li>
        ))}
      </ol>
      <FieldError name="actors" errors={errors.actors} />
      {creating !== null ? (
        <NewActor
          name={creating}
          onCancel={() => setCreating(null)}
          onCreated={(actor) => {
            add(actor);
            setCreating(null);
          }}
        />
      ) : (
        <ActorPicker label="Add an actor" onPick={add} onCreate={setCreating} exclude={values.actors.map((a) => a.actorId)} />
      )}
    </fieldset>
  );
}
