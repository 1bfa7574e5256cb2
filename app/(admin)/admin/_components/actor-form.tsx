"use client";
// Create or edit an actor: names in three languages, aliases, kind, codes, parent, dates and whether the public
// site lists it. The form carries the version it was opened at; a save refused because someone saved meanwhile
// keeps what was typed and offers to save over the other version (which stays in the history).
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { ACTOR_KINDS } from "@/lib/domain";
import { idleState, type ActionState } from "@/lib/forms";
import { LOCALE_TAG, isLocale } from "@/lib/i18n/locales";
import { useLabels } from "@/lib/i18n/use-labels";
import { saveActorAction } from "../actors/actions";
import { ActorPicker } from "./actor-picker";
import { buttonClass, FieldError, FormMessage, primaryButtonClass, SelectField, TextArea, TextField } from "./fields";
import { useMessageText } from "./use-message";

export type ActorFormValues = Record<string, string>;

type State = ActionState<ActorFormValues>;

function ConflictPanel({ state, actorId, onKeepMine }: { state: State; actorId: string; onKeepMine: (version: number) => void }) {
  const conflict = state.conflict;
  const t = useTranslations("adminActors.form");
  const text = useMessageText();
  const locale = useLocale();
  if (!conflict) return null;
  const when = new Date(conflict.updatedAt).toLocaleString(LOCALE_TAG[isLocale(locale) ? locale : "en"], { timeZone: "UTC" });
  return (
    <div role="alert" className="space-y-2 rounded border-2 border-[var(--color-accent)] p-4">
      <p className="font-semibold">{text(state.message)}</p>
      <p className="text-sm">
        {t.rich("conflictSaved", {
          when,
          saved: (chunks) => (
            <a href={`/admin/actors/${actorId}/edit`} target="_blank" rel="noopener">
              {chunks}
            </a>
          ),
          history: (chunks) => (
            <a href={`/admin/actors/${actorId}/history`} target="_blank" rel="noopener">
              {chunks}
            </a>
          ),
        })}
      </p>
      <button type="button" className={buttonClass} onClick={() => onKeepMine(conflict.version)}>
        {t("keepMine")}
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
  const t = useTranslations("adminActors.form");
  const labels = useLabels();
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
          message={overridden === state ? t("overridden") : state.message}
          tone={overridden === state || state.status === "ok" || state.status === "idle" ? "ok" : "error"}
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="nameEn" label={t("nameEn")} defaultValue={values.nameEn} errors={e.nameEn} required maxLength={300} />
        <SelectField
          name="kind"
          label={t("kind")}
          defaultValue={values.kind}
          errors={e.kind}
          options={[["", t("choose")], ...ACTOR_KINDS.map((k) => [k, labels.actorKind[k]] as const)]}
        />
        <TextField name="nameHy" label={t("nameHy")} lang="hy" defaultValue={values.nameHy} errors={e.nameHy} maxLength={300} />
        <TextField name="nameRu" label={t("nameRu")} lang="ru" defaultValue={values.nameRu} errors={e.nameRu} maxLength={300} />
        <TextField name="countryCode" label={t("countryCode")} hint={t("countryCodeHint")} defaultValue={values.countryCode} errors={e.countryCode} maxLength={6} />
        <TextField name="wikidataId" label={t("wikidataId")} hint={t("wikidataIdHint")} defaultValue={values.wikidataId} errors={e.wikidataId} maxLength={14} />
        <TextField name="existedFrom" label={t("existedFrom")} hint={t("existedFromHint")} defaultValue={values.existedFrom} errors={e.existedFrom} maxLength={10} />
        <TextField name="existedUntil" label={t("existedUntil")} hint={t("existedUntilHint")} defaultValue={values.existedUntil} errors={e.existedUntil} maxLength={10} />
      </div>
      <TextArea name="aliases" label={t("aliases")} hint={t("aliasesHint")} rows={3} defaultValue={values.aliases} errors={e.aliases} />
      <TextArea name="description" label={t("description")} rows={3} defaultValue={values.description} errors={e.description} maxLength={2000} />
      <div>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="public" className="mt-1" defaultChecked={values.public === "on" || values.public === "true"} aria-describedby="f-public-hint" />
          <span>
            <strong>{t("public")}</strong>
            <span id="f-public-hint" className="block text-xs text-[var(--color-muted)]">
              {t("publicHint")}
            </span>
          </span>
        </label>
      </div>
      <div>
        {parent ? (
          <p className="text-sm">
            {t("parent")} <strong>{parent.name}</strong>{" "}
            <button type="button" className={buttonClass} onClick={() => setParent(null)}>
              {t("removeParent")}
            </button>
          </p>
        ) : (
          <ActorPicker label={t("parentPicker")} onPick={(a) => setParent({ id: a.id, name: a.name })} exclude={id ? [id] : []} />
        )}
        <FieldError name="parentId" errors={e.parentId} />
      </div>
      <TextField name="changeNote" label={t("changeNote")} hint={t("changeNoteHint")} defaultValue={values.changeNote} errors={e.changeNote} maxLength={500} />
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? t("saving") : id ? t("save") : t("create")}
      </button>
    </form>
  );
}
