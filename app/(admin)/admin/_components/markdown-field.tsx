"use client";
// A Markdown text box with a preview rendered by the server's sanitiser — what readers will see, nothing more.
import { useTranslations } from "next-intl";
import { useState, useTransition, type ChangeEvent } from "react";
import type { CallResult } from "@/lib/auth/action";
import { FieldError, fieldId, inputClass } from "./fields";
import { useMessageText } from "./use-message";

export function MarkdownField({
  name,
  label,
  value,
  onChange,
  errors,
  preview,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLTextAreaElement>) => void;
  errors?: string[];
  preview: (body: string) => Promise<CallResult<string>>;
}) {
  const [mode, setMode] = useState<"write" | "preview">("write");
  const [html, setHtml] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const id = fieldId(name);
  const t = useTranslations("adminEntries.markdown");
  const text = useMessageText();

  const showPreview = () => {
    setMode("preview");
    startTransition(async () => {
      const result = await preview(value);
      if (result.ok) {
        setHtml(result.data);
        setProblem(null);
      } else setProblem(result.message);
    });
  };

  return (
    <div>
      <div className="flex items-end justify-between gap-2">
        <label htmlFor={id} className="block text-sm font-semibold">
          {label}
        </label>
        <div className="flex gap-1 text-sm" role="group" aria-label={t("modes", { label })}>
          <button type="button" aria-pressed={mode === "write"} onClick={() => setMode("write")} className="rounded border border-[var(--color-rule)] px-2 aria-pressed:bg-[var(--color-rule)]">
            {t("write")}
          </button>
          <button type="button" aria-pressed={mode === "preview"} onClick={showPreview} className="rounded border border-[var(--color-rule)] px-2 aria-pressed:bg-[var(--color-rule)]">
            {t("preview")}
          </button>
        </div>
      </div>
      <p id={`${id}-hint`} className="text-xs text-[var(--color-muted)]">
        {t("hint")}
      </p>
      <textarea
        id={id}
        name={name}
        value={value}
        onChange={onChange}
        rows={12}
        hidden={mode === "preview"}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${id}-error ${id}-hint`}
        className={`${inputClass} font-mono text-sm`}
      />
      {mode === "preview" ? (
        <section aria-label={t("previewLabel", { label })} aria-busy={pending} className="mt-1 min-h-40 rounded border border-dashed border-[var(--color-rule)] p-3">
          {problem ? (
            <p role="alert">{text(problem)}</p>
          ) : pending && html === null ? (
            <p>{t("rendering")}</p>
          ) : html ? (
            <div
              className="space-y-3 font-serif leading-relaxed [&_blockquote]:border-l-4 [&_blockquote]:border-[var(--color-rule)] [&_blockquote]:pl-4 [&_blockquote]:italic [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:pl-6"
              // Sanitised on the server by lib/markdown.ts, the same allow-list as the public page.
              dangerouslySetInnerHTML={{ __html: html }}
            />
          ) : (
            <p className="text-[var(--color-muted)]">{t("empty")}</p>
          )}
        </section>
      ) : null}
      <FieldError name={name} errors={errors} />
    </div>
  );
}
