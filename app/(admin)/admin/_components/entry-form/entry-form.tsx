"use client";
// The entry form for all three kinds. Its values round-trip through the save action as FormData; whatever
// the server says (invalid, conflict, signed out), the form keeps what was typed.
import { useLabels } from "@/lib/i18n/use-labels";
import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import type { EntryKind } from "@/lib/domain";
import type { EntryFormValues } from "@/lib/entries/form-values";
import { idleState, type ActionState } from "@/lib/forms";
import { previewMarkdownAction, saveEntryAction } from "../../entries/actions";
import { buttonClass, fieldId, FormMessage, primaryButtonClass } from "../fields";
import { ActorsField } from "./actors-field";
import { CommonFields } from "./common-fields";
import { BoundArea, BoundText, EntryFormProvider } from "./context";
import { KindFields } from "./kind-fields";
import { SourcesField } from "./sources-field";
import { useEntryForm } from "./use-entry-form";

type State = ActionState<EntryFormValues>;

const GROUP_LABEL: Record<string, string> = { sources: "Source", actors: "Actor", "details.quotes": "Quote", "details.stages": "Stage" };

/** The labels of the fields, for the list of problems at the top of the form. */
const FIELD_LABEL: Record<string, string> = {
  title: "Title",
  date: "Date",
  summary: "Summary",
  body: "Body",
  place: "Place",
  tags: "Tags",
  sources: "Sources",
  actors: "Actors",
  url: "Source URL",
  "sources.title": "Source title",
  archiveUrl: "Archive URL",
  publishedOn: "Published on",
  accessedOn: "Accessed on",
  actorId: "",
  titleAtTime: "Title at the time",
  text: "Quote",
  "details.action": "Action",
  "details.level": "Level",
  "details.form": "Form of the statement",
  "details.format": "Format of the meeting",
  "details.outcomes": "Outcomes",
  "details.vote.for": "Votes for",
  "details.vote.against": "Votes against",
  "details.vote.abstain": "Abstentions",
  "vote.for": "Votes for",
  "vote.against": "Votes against",
  "vote.abstain": "Abstentions",
};

function ErrorSummary({ errors }: { errors: State["errors"] }) {
  const names = Object.keys(errors);
  if (names.length === 0) return null;
  const describe = (name: string) => {
    const row = /^(sources|actors|details\.quotes|details\.stages)\.(\d+)\.?(.*)$/.exec(name);
    const group = row ? `${GROUP_LABEL[row[1]!]} ${Number(row[2]) + 1}` : null;
    const field = row ? row[3]! : name;
    const label = (row ? FIELD_LABEL[`${row[1]}.${field}`] : undefined) ?? FIELD_LABEL[field] ?? field.replace(/^details\./, "").replace(/\./g, " ");
    return group ? `${group}${label ? `: ${label}` : ""}` : label;
  };
  return (
    <ul className="mt-2 list-disc pl-5 text-sm">
      {names.map((name) => (
        <li key={name}>
          <a className="underline" href={`#${fieldId(name)}`}>{describe(name)}</a>: {errors[name]?.join(" ")}
        </li>
      ))}
    </ul>
  );
}

function ConflictPanel({ state, entryId, onKeepMine }: { state: State; entryId: string; onKeepMine: (version: number) => void }) {
  const conflict = state.conflict;
  if (!conflict) return null;
  return (
    <div role="alert" className="space-y-2 rounded border-2 border-[var(--color-accent)] p-4">
      <p className="font-semibold">{state.message}</p>
      <p className="text-sm">
        Saved at {new Date(conflict.updatedAt).toLocaleString("en-GB", { timeZone: "UTC" })} UTC. Compare with{" "}
        <a href={`/admin/entries/${entryId}/edit`} target="_blank" rel="noopener">
          the saved version (opens in a new tab)
        </a>{" "}
        or its <a href={`/admin/entries/${entryId}/history`} target="_blank" rel="noopener">history</a>, then either copy your changes into it, or:
      </p>
      <button type="button" className={buttonClass} onClick={() => onKeepMine(conflict.version)}>
        Use my version instead (their version stays in the history)
      </button>
    </div>
  );
}

/** Just under Next.js's 1 MB limit for a server action's body. */
const MAX_FORM_BYTES = 1_000_000 - 16_384;
const TOO_LARGE_MESSAGE =
  "Nothing was saved: this entry is too large to send at once (over 1 MB of text). Shorten the longest fields — the body, quotes or translations — and save again.";

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
  const labels = useLabels();
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
                    ? "Your version will replace the saved one when you save. Their version stays in the history."
                    : state.message
              }
              tone={tooLarge ? "error" : overridden ? "ok" : tone}
            />
          )}
          {state.status === "invalid" ? <ErrorSummary errors={state.errors} /> : null}
        </div>

        <section aria-labelledby="entry-heading" className="space-y-4">
          <h2 id="entry-heading" className="text-base font-semibold">
            The {labels.kind[kind].toLowerCase()}
          </h2>
          <CommonFields preview={previewMarkdownAction} />
        </section>

        <section aria-labelledby="kind-heading" className="space-y-4">
          <h2 id="kind-heading" className="text-base font-semibold">
            {labels.kind[kind]} details
          </h2>
          <KindFields kind={kind} />
        </section>

        <ActorsField />
        <SourcesField today={today} />

        <section aria-labelledby="save-heading" className="space-y-4">
          <h2 id="save-heading" className="text-base font-semibold">
            Saving
          </h2>
          <BoundText name="changeNote" label="Change note" hint="For the history: what you changed and why (optional)" maxLength={500} />
          {status === "published" ? (
            <BoundArea
              name="correctionNote"
              label="Correction note"
              hint="Shown to readers under the entry, next to “updated” (optional)"
              rows={2}
              maxLength={1000}
            />
          ) : null}
        </section>

        <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-3 border-t border-[var(--color-rule)] bg-[var(--color-paper)] px-4 py-3">
          {status === "published" ? (
            <button type="submit" name="intent" value="save" disabled={pending} className={primaryButtonClass}>
              Save changes
            </button>
          ) : (
            <>
              <button type="submit" name="intent" value="save" disabled={pending} className={buttonClass}>
                Save draft
              </button>
              <button type="submit" name="intent" value="publish" disabled={pending} className={primaryButtonClass}>
                Publish
              </button>
            </>
          )}
          <span className="text-sm text-[var(--color-muted)]">
            {pending ? (
              "Saving…"
            ) : state.status !== "idle" && state.status !== "ok" && !overridden ? (
              <a href="#form-message" className="font-semibold text-[var(--color-accent)] underline">
                Not saved: see the message at the top
              </a>
            ) : status === "published" ? (
              "Published: changes show on the site as soon as you save."
            ) : (
              "Drafts are not public."
            )}
          </span>
        </div>
      </form>
    </EntryFormProvider>
  );
}
