// Labelled form fields with their error messages beside them (announced through aria-live).
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useMessageText } from "./use-message";

export const inputClass =
  "mt-1 w-full rounded border border-[var(--color-rule)] bg-[var(--color-paper)] px-2 py-1.5 aria-[invalid=true]:border-[var(--color-accent)] aria-[invalid=true]:border-2";

export function fieldId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/** The message area under a field: always present, so screen readers hear messages as they appear. */
export function FieldError({ name, errors, id }: { name: string; errors?: string[]; id?: string }) {
  const text = useMessageText();
  return (
    <p id={`${id ?? fieldId(name)}-error`} aria-live="polite" className="text-sm font-semibold text-[var(--color-accent)] empty:hidden">
      {errors?.map(text).join(" ")}
    </p>
  );
}

/** `id` is needed only where two forms on one page have fields of the same name. */
type Common = { label: ReactNode; name: string; id?: string; errors?: string[]; hint?: ReactNode; className?: string };

function describedBy(base: string, hint: boolean) {
  return `${base}-error${hint ? ` ${base}-hint` : ""}`;
}

function Frame({ label, name, id, errors, hint, className, children }: Common & { id: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-[var(--color-muted)]">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError name={name} id={id} errors={errors} />
    </div>
  );
}

export function TextField({ label, name, id, errors, hint, className, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const base = id ?? fieldId(name);
  return (
    <Frame label={label} name={name} id={base} errors={errors} hint={hint} className={className}>
      <input
        id={base}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(base, Boolean(hint))}
        className={inputClass}
        {...input}
      />
    </Frame>
  );
}

export function TextArea({ label, name, id, errors, hint, className, ...area }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const base = id ?? fieldId(name);
  return (
    <Frame label={label} name={name} id={base} errors={errors} hint={hint} className={className}>
      <textarea
        id={base}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(base, Boolean(hint))}
        className={`${inputClass} font-serif`}
        {...area}
      />
    </Frame>
  );
}

export function SelectField({
  label,
  name,
  id,
  errors,
  hint,
  className,
  options,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly (readonly [string, string])[] }) {
  const base = id ?? fieldId(name);
  return (
    <Frame label={label} name={name} id={base} errors={errors} hint={hint} className={className}>
      <select
        id={base}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(base, Boolean(hint))}
        className={inputClass}
        {...select}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** A message for the whole form: an alert when something went wrong, a status otherwise. */
export function FormMessage({ message, tone }: { message: string | null; tone: "error" | "ok" | "idle" }) {
  const text = useMessageText();
  return (
    <div aria-live="polite">
      {message ? (
        <p
          role={tone === "error" ? "alert" : "status"}
          className={`rounded border p-3 text-sm ${tone === "error" ? "border-[var(--color-accent)] border-2 font-semibold" : "border-[var(--color-rule)]"}`}
        >
          {text(message)}
        </p>
      ) : null}
    </div>
  );
}

export const buttonClass = "rounded border border-[var(--color-ink)] px-3 py-1.5 text-sm font-semibold disabled:opacity-50";
export const primaryButtonClass =
  "rounded bg-[var(--color-ink)] px-4 py-2 text-sm font-semibold text-[var(--color-paper)] disabled:opacity-50";
