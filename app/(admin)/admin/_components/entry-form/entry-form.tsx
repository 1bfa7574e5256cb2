"use client";
// The entry form for all three kinds. Its values round-trip through the save action as FormData; whatever
// the server says (invalid, conflict, signed out), the form keeps what was typed.
import { useLocale, useTranslations } from "next-intl";
import { LOCALE_TAG, isLocale } from "@/lib/i18n/locales";
import { messageKey } from "@/lib/i18n/message-key";
import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import type { EntryKind } from "@/lib/domain";
import type { EntryFormValues } from "@/lib/entries/form-values";
import { idleState, type ActionState } from "@/lib/forms";
import { previewMarkdownAction, saveEntryAction } from "../../entries/actions";
import { buttonClass, fieldId, FormMessage, primaryButtonClass } from "../fields";
import { useMessageText } from "../use-message";
import { ActorsField } from "./actors-field";
import { CommonFields } from "./common-fields";
import { BoundArea, BoundCheckbox, BoundText, EntryFormProvider } from "./context";
import { DiscrepanciesField } from "./discrepancies-field";
import { KindFields } from "./kind-fields";
import { SourcesField } from "./sources-field";
import { useEntryForm } from "./use-entry-form";

type State = ActionState<EntryFormValues>;

const GROUP_KEY: Record<string, string> = { sources: "sources", actors: "actors", "details.quotes": "quotes", "details.stages": "stages" };

/** The catalogue keys (adminEntries.field.*) of the fields, for the list of problems at the top of the form. */
const FIELD_KEY: Record<string, string> = {
  title: "title",
  date: "date",
  summary: "summary",
  body: "body",
  place: "place",
  tags: "tags",
  sources: "sources",
  actors: "actors",
  url: "url",
  "sources.title": "sourceTitle",
  archiveUrl: "archiveUrl",
  publishedOn: "publishedOn",
  accessedOn: "accessedOn",
  actorId: "",
  titleAtTime: "titleAtTime",
  text: "quote",
  "details.action": "action",
  "details.level": "level",
  "details.form": "form",
  "details.format": "format",
  "details.outcomes": "outcomes",
  "details.vote.for": "votesFor",
  "details.vote.against": "votesAgainst",
  "details.vote.abstain": "abstentions",
  "vote.for": "votesFor",
  "vote.against": "votesAgainst",
  "vote.abstain": "abstentions",
  changeNote: "changeNote",
  correctionNote: "correctionNote",
};

function ErrorSummary({ errors }: { errors: State["errors"] }) {
  const t = useTranslations("adminEntries");
  const text = useMessageText();
  const names = Object.keys(errors);
  if (names.length === 0) return null;
  const describe = (name: string) => {
    const row = /^(sources|actors|details\.quotes|details\.stages)\.(\d+)\.?(.*)$/.exec(name);
    const group = row ? t(`group.${GROUP_KEY[row[1]!]}`, { n: Number(row[2]) + 1 }) : null;
    const field = row ? row[3]! : name;
    const key = (row ? FIELD_KEY[`${row[1]}.${field}`] : undefined) ?? FIELD_KEY[field];
    const label = key !== undefined ? (key ? t(`field.${key}`) : "") : field.replace(/^details\./, "").replace(/\./g, " ");
    return group ? `${group}${label ? `: ${label}` : ""}` : label;
  };
  return (
    <ul className="mt-2 list-disc pl-5 text-sm">
      {names.map((name) => (
        <li key={name}>
          <a className="underline" href={`#${fieldId(name)}`}>{describe(name)}</a>: {errors[name]?.map(text).join(" ")}
        </li>
      ))}
    </ul>
  );
}

function ConflictPanel({ state, entryId, onKeepMine }: { state: State; entryId: string; onKeepMine: (version: number) => void }) {
  const conflict = state.conflict;
  const t = useTranslations("adminEntries.conflict");
  const text = useMessageText();
  const locale = useLocale();
  if (!conflict) return null;
  return (
    <div role="alert" className="space-y-2 rounded border-2 border-[var(--color-accent)] p-4">
      <p className="font-semibold">{text(state.message)}</p>
      <p className="text-sm">
        {t.rich("savedAt", {
          when: new Date(conflict.updatedAt).toLocaleString(isLocale(locale) ? LOCALE_TAG[locale] : "en-GB", { timeZone: "UTC" }),
          saved: (chunks) => (
            <a href={`/admin/entries/${entryId}/edit`} target="_blank" rel="noopener">
              {chunks}
            </a>
          ),
          history: (chunks) => (
            <a href={`/admin/entries/${entryId}/history`} target="_blank" rel="noopener">
              {chunks}
            </a>
          ),
        })}
      </p>
      <button type="button" className={buttonClass} onClick={() => onKeepMine(conflict.version)}>
        {t("useMine")}
      </button>
    </div>
  );
}

/** Just under Next.js's 1 MB limit for a server action's body. */
const MAX_FORM_BYTES = 1_000_000 - 16_384;
const TOO_LARGE_MESSAGE = messageKey("adminEntries.tooLarge");
const OVERRIDDEN_MESSAGE = messageKey("adminEntries.conflict.overridden");

export function EntryForm({
  initial,
  entryId,
  status,
  today,
}: {
  initial: EntryFormValues;
  entryId?: string;
  status: "draft" | "published" | null;
  today: string;
}) {
  const t = useTranslations("adminEntries");
  const form = useEntryForm(initial);
  const [state, dispatch, pending] = useActionState<State, FormData>(saveEntryAction, idleState(initial));
  const [, startTransition] = useTransition();
  const { values } = form;
  const kind = values.kind as EntryKind;
  // The editor chose to save their version over a conflicting one; reset on the next submit.
  const [overridden, setOverridden] = useState(false);
  const messageBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The buttons are at the bottom of a long form, the answer at the top: take the editor (and their screen reader) there.
    if (state.status !== "idle") messageBox.current?.focus();
  }, [state]);

  // Next.js refuses server-action bodies over 1 MB with an error page; say so here instead, keeping the text.
  const [tooLarge, setTooLarge] = useState(false);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget, submitter);
    const encoder = new TextEncoder();
    let bytes = 0;
    for (const value of data.values()) if (typeof value === "string") bytes += encoder.encode(value).length;
    setTooLarge(bytes > MAX_FORM_BYTES);
    setOverridden(false);
    if (bytes > MAX_FORM_BYTES) {
      messageBox.current?.focus();
      return;
    }
    startTransition(() => dispatch(data));
  };

  const tone = state.status === "idle" ? "idle" : state.status === "ok" ? "ok" : "error";
  return (
    <EntryFormProvider value={{ form, errors: state.errors }}>
      <form onSubmit={onSubmit} noValidate aria-describedby="form-message" className="space-y-8 pb-24">
        <input type="hidden" name="kind" value={values.kind} />
        <input type="hidden" name="version" value={values.version} />
        <input type="hidden" name="idempotencyKey" value={values.idempotencyKey} />
        {entryId ? <input type="hidden" name="id" value={entryId} /> : null}

        <div id="form-message" ref={messageBox} tabIndex={-1} className="scroll-mt-4 outline-none">
          {state.status === "conflict" && entryId && !overridden ? (
            <ConflictPanel
              state={state}
              entryId={entryId}
              onKeepMine={(version) => {
                form.setField("version", String(version));
                setOverridden(true);
              }}
            />
          ) : (
            <FormMessage
              message={
                tooLarge
                  ? TOO_LARGE_MESSAGE
                  : overridden
                    ? OVERRIDDEN_MESSAGE
                    : state.message
              }
              tone={tooLarge ? "error" : overridden ? "ok" : tone}
            />
          )}
          {state.status === "invalid" ? <ErrorSummary errors={state.errors} /> : null}
        </div>

        <section aria-labelledby="entry-heading" className="space-y-4">
          <h2 id="entry-heading" className="text-base font-semibold">
            {t(`heading.${kind}`)}
          </h2>
          <CommonFields preview={previewMarkdownAction} />
        </section>

        <section aria-labelledby="kind-heading" className="space-y-4">
          <h2 id="kind-heading" className="text-base font-semibold">
            {t(`heading.${kind}Details`)}
          </h2>
          <KindFields kind={kind} />
        </section>

        <ActorsField />
        <SourcesField today={today} />
        <DiscrepanciesField />

        <section aria-labelledby="save-heading" className="space-y-4">
          <h2 id="save-heading" className="text-base font-semibold">
            {t("heading.saving")}
          </h2>
          <BoundText name="changeNote" label={t("field.changeNote")} hint={t("hint.changeNote")} maxLength={500} />
          {status === "published" ? (
            <>
              <BoundArea
                name="correctionNote"
                label={t("field.correctionNote")}
                hint={t("hint.correctionNote")}
                rows={2}
                maxLength={1000}
              />
              <BoundCheckbox name="correction" label={t("field.correction")} />
            </>
          ) : null}
        </section>

        <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-3 border-t border-[var(--color-rule)] bg-[var(--color-paper)] px-4 py-3">
          {status === "published" ? (
            <button type="submit" name="intent" value="save" disabled={pending} className={primaryButtonClass}>
              {t("button.saveChanges")}
            </button>
          ) : (
            <>
              <button type="submit" name="intent" value="save" disabled={pending} className={buttonClass}>
                {t("button.saveDraft")}
              </button>
              <button type="submit" name="intent" value="publish" disabled={pending} className={primaryButtonClass}>
                {t("button.publish")}
              </button>
            </>
          )}
          <span className="text-sm text-[var(--color-muted)]">
            {pending ? (
              t("button.saving")
            ) : state.status !== "idle" && state.status !== "ok" && !overridden ? (
              <a href="#form-message" className="font-semibold text-[var(--color-accent)] underline">
                {t("button.notSaved")}
              </a>
            ) : status === "published" ? (
              t("button.publishedNote")
            ) : (
              t("button.draftNote")
            )}
          </span>
        </div>
      </form>
    </EntryFormProvider>
  );
}
