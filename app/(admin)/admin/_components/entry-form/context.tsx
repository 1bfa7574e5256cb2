"use client";
// Fields bound to the entry form's state by name: value, change handler and errors come from the context.
import { createContext, useContext, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from "react";
import type { FieldErrors } from "@/lib/forms";
import { SelectField, TextArea, TextField } from "../fields";
import { getIn, type EntryFormApi } from "./use-entry-form";

type Context = { form: EntryFormApi; errors: FieldErrors };
const EntryFormContext = createContext<Context | null>(null);

export function EntryFormProvider({ value, children }: { value: Context; children: ReactNode }) {
  return <EntryFormContext.Provider value={value}>{children}</EntryFormContext.Provider>;
}

export function useEntryFormContext(): Context {
  const context = useContext(EntryFormContext);
  if (!context) throw new Error("entry form fields must be inside EntryFormProvider");
  return context;
}

type Bound = { name: string; label: ReactNode; hint?: ReactNode; className?: string };

export function BoundText(props: Bound & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "value" | "onChange">) {
  const { form, errors } = useEntryFormContext();
  return <TextField {...props} value={getIn(form.values, props.name)} onChange={form.onFieldChange} errors={errors[props.name]} />;
}

export function BoundArea(props: Bound & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "value" | "onChange">) {
  const { form, errors } = useEntryFormContext();
  return <TextArea {...props} value={getIn(form.values, props.name)} onChange={form.onFieldChange} errors={errors[props.name]} />;
}

export function BoundSelect(props: Bound & { options: readonly (readonly [string, string])[]; required?: boolean }) {
  const { form, errors } = useEntryFormContext();
  return <SelectField {...props} value={getIn(form.values, props.name)} onChange={form.onFieldChange} errors={errors[props.name]} />;
}

export function BoundCheckbox({ name, label }: { name: string; label: ReactNode }) {
  const { form } = useEntryFormContext();
  return (
    <label className="flex items-center gap-2 text-sm font-semibold">
      <input type="checkbox" name={name} checked={getIn(form.values, name) === "on"} onChange={form.onFieldChange} />
      {label}
    </label>
  );
}

/** Choices for a select from a code list and its labels, with an optional empty first choice. */
export function choices<T extends string>(codes: readonly T[], labels: Partial<Record<T, string>>, empty?: string) {
  const list = codes.map((c) => [c, labels[c] ?? c.replace(/_/g, " ")] as const);
  return empty === undefined ? list : ([["", empty] as const, ...list] as const);
}
