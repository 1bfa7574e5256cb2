"use client";
// Merge a duplicate actor into the one that stays: pick both, confirm, and every entry link moves.
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import type { ActionState } from "@/lib/forms";
import { mergeActorsAction } from "../actors/actions";
import { ActorPicker } from "./actor-picker";
import { buttonClass, FieldError, FormMessage, primaryButtonClass } from "./fields";

type Picked = { id: string; name: string } | null;

function Pick({ label, value, onChange, exclude }: { label: string; value: Picked; onChange: (v: Picked) => void; exclude: string[] }) {
  const t = useTranslations("adminActors.merge");
  return value ? (
    <p className="text-sm">
      {label}: <strong>{value.name}</strong>{" "}
      <button type="button" className={buttonClass} onClick={() => onChange(null)}>
        {t("change")}
      </button>
    </p>
  ) : (
    <ActorPicker label={label} onPick={(a) => onChange({ id: a.id, name: a.name })} exclude={exclude} />
  );
}

export function MergeForm() {
  const [state, dispatch, pending] = useActionState<ActionState | undefined, FormData>(mergeActorsAction, undefined);
  const [from, setFrom] = useState<Picked>(null);
  const [into, setInto] = useState<Picked>(null);
  const t = useTranslations("adminActors.merge");
  useEffect(() => {
    // After a merge, start afresh; after a refusal, keep the choices so the editor can adjust one.
    if (state?.status === "ok") {
      setFrom(null);
      setInto(null);
    }
  }, [state]);
  return (
    <form action={dispatch} className="space-y-3">
      <input type="hidden" name="fromId" value={from?.id ?? ""} />
      <input type="hidden" name="intoId" value={into?.id ?? ""} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <Pick label={t("from")} value={from} onChange={setFrom} exclude={into ? [into.id] : []} />
          <FieldError name="fromId" errors={state?.errors.fromId} />
        </div>
        <div>
          <Pick label={t("into")} value={into} onChange={setInto} exclude={from ? [from.id] : []} />
          <FieldError name="intoId" errors={state?.errors.intoId} />
        </div>
      </div>
      {from && into ? (
        <p className="text-sm">
          {t("explain", { from: from.name, into: into.name })}
        </p>
      ) : null}
      <button type="submit" disabled={pending || !from || !into} className={primaryButtonClass}>
        {pending ? t("merging") : t("submit")}
      </button>
      <FormMessage message={state?.message ?? null} tone={state?.status === "ok" ? "ok" : "error"} />
    </form>
  );
}
