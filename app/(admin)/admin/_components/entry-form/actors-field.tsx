"use client";
// The entry's actors: chosen with search-as-you-type or created on the spot, each with a role and their title at the time.
import { useTranslations } from "next-intl";
import { useLabels } from "@/lib/i18n/use-labels";
import { useState, useTransition } from "react";
import { ACTOR_KINDS, ACTOR_ROLES } from "@/lib/domain";
import { emptyActor } from "@/lib/entries/form-values";
import { createActorInlineAction } from "../../actors/actions";
import { ActorPicker } from "../actor-picker";
import { buttonClass, FieldError, inputClass } from "../fields";
import { useMessageText } from "../use-message";
import { BoundSelect, BoundText, choices, useEntryFormContext } from "./context";

const DEFAULT_ROLE: Record<string, string> = { statement: "speaker", meeting: "participant", recognition: "acting_body" };

function NewActor({ name, onCreated, onCancel }: { name: string; onCreated: (actor: { id: string; name: string }) => void; onCancel: () => void }) {
  const [nameEn, setNameEn] = useState(name);
  const [kind, setKind] = useState("person");
  const [countryCode, setCountryCode] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const t = useTranslations("adminEntries.actor");
  const tForms = useTranslations("forms");
  const labels = useLabels();
  const text = useMessageText();
  const create = () =>
    startTransition(async () => {
      const result = await createActorInlineAction({ nameEn, kind, countryCode });
      if (!result.ok) setProblem(result.message);
      else if (!result.data.ok) setProblem(result.data.message);
      else onCreated(result.data.actor);
    });
  return (
    <div role="group" aria-label={t("new")} className="space-y-3 rounded border-2 border-dashed border-[var(--color-rule)] p-3">
      <p className="text-sm font-semibold">{t("new")}</p>
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="text-sm font-semibold">
          {t("newName")}
          <input className={inputClass} value={nameEn} onChange={(e) => setNameEn(e.target.value)} maxLength={300} />
        </label>
        <label className="text-sm font-semibold">
          {t("newKind")}
          <select className={inputClass} value={kind} onChange={(e) => setKind(e.target.value)}>
            {ACTOR_KINDS.map((k) => (
              <option key={k} value={k}>
                {labels.actorKind[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          {t("countryCode")}
          <input className={inputClass} value={countryCode} onChange={(e) => setCountryCode(e.target.value)} placeholder="AM, US-CA" maxLength={6} />
        </label>
      </div>
      <p aria-live="polite" className="text-sm font-semibold text-[var(--color-accent)]">
        {text(problem)}
      </p>
      <div className="flex gap-2">
        <button type="button" className={buttonClass} disabled={pending} onClick={create}>
          {pending ? t("creating") : t("create")}
        </button>
        <button type="button" className={buttonClass} onClick={onCancel}>
          {tForms("cancel")}
        </button>
      </div>
    </div>
  );
}

export function ActorsField() {
  const labels = useLabels();
  const t = useTranslations("adminEntries");
  const { form, errors } = useEntryFormContext();
  const { values } = form;
  const [creating, setCreating] = useState<string | null>(null);
  const role = DEFAULT_ROLE[values.kind] ?? "mentioned";
  const add = (actor: { id: string; name: string }) => form.addRow("actors", { ...emptyActor(role), actorId: actor.id, name: actor.name });
  return (
    <fieldset className="space-y-3">
      <legend className="text-base font-semibold">{t("field.actors")}</legend>
      <p className="text-xs text-[var(--color-muted)]">
        {values.kind === "meeting" ? t("actor.hintMeeting") : values.kind === "statement" ? t("actor.hintStatement") : t("actor.hintRecognition")}
      </p>
      {values.actors.length === 0 ? <p className="text-sm">{t("actor.none")}</p> : null}
      <ol className="space-y-2">
        {values.actors.map((actor, i) => {
          const who = actor.name || t("actor.numbered", { n: i + 1 });
          return (
          <li key={form.keys.actors[i]}>
            <div role="group" aria-label={t("actor.groupLabel", { n: i + 1, name: actor.name || t("actor.notChosen") })} className="rounded border border-[var(--color-rule)] p-3">
              <input type="hidden" name={`actors.${i}.actorId`} value={actor.actorId} />
              <input type="hidden" name={`actors.${i}.name`} value={actor.name} />
              <p className="font-semibold">{actor.name || t("actor.noneChosen")}</p>
              <FieldError name={`actors.${i}.actorId`} errors={errors[`actors.${i}.actorId`]} />
              <div className="mt-2 grid gap-3 sm:grid-cols-2">
                <BoundSelect name={`actors.${i}.role`} label={t("actor.role", { name: who })} options={choices(ACTOR_ROLES, labels.role)} />
                <BoundText name={`actors.${i}.titleAtTime`} label={t("actor.titleAtTime", { name: who })} hint={t("actor.titleAtTimeHint")} maxLength={300} />
              </div>
              <div className="mt-2 flex flex-wrap gap-2">
                <button type="button" className={buttonClass} onClick={() => form.moveRow("actors", i, -1)} disabled={i === 0}>
                  {t("actor.moveUp")}
                </button>
                <button type="button" className={buttonClass} onClick={() => form.moveRow("actors", i, 1)} disabled={i === values.actors.length - 1}>
                  {t("actor.moveDown")}
                </button>
                <button type="button" className={buttonClass} onClick={() => form.removeRow("actors", i)}>
                  {t("actor.remove", { name: who })}
                </button>
              </div>
            </div>
          </li>
          );
        })}
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
        <ActorPicker label={t("actor.add")} onPick={add} onCreate={setCreating} exclude={values.actors.map((a) => a.actorId)} />
      )}
    </fieldset>
  );
}
