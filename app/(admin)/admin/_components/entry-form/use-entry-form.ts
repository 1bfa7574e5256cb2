"use client";
// The entry form's state: every field controlled, repeatable rows with stable keys, edits by field name.
import { useCallback, useRef, useState } from "react";
import type { EntryFormValues } from "@/lib/entries/form-values";

export type RowGroup = "sources" | "actors" | "details.quotes" | "details.stages" | "discrepancies";

function getList(values: EntryFormValues, group: RowGroup): unknown[] {
  return group === "sources" ? values.sources : group === "actors" ? values.actors : group === "details.quotes" ? values.details.quotes : values.details.stages;
}

/** A copy of `target` with the value at a dotted path ("sources.2.url") replaced. */
export function setIn<T>(target: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split(".");
  if (head === undefined) return target;
  const container = (Array.isArray(target) ? [...target] : { ...(target as object) }) as Record<string, unknown>;
  container[head] = rest.length === 0 ? value : setIn(container[head], rest.join("."), value);
  return container as T;
}

export function getIn(target: unknown, path: string): string {
  let current: unknown = target;
  for (const key of path.split(".")) current = (current as Record<string, unknown> | undefined)?.[key];
  return typeof current === "string" ? current : "";
}

export function useEntryForm(initial: EntryFormValues) {
  const [values, setValues] = useState(initial);
  const counter = useRef(0);
  const newKey = () => `row-${++counter.current}`;
  const [keys, setKeys] = useState<Record<RowGroup, string[]>>(() => ({
    sources: initial.sources.map(newKey),
    actors: initial.actors.map(newKey),
    "details.quotes": initial.details.quotes.map(newKey),
    "details.stages": initial.details.stages.map(newKey),
    discrepancies: initial.discrepancies.map(newKey),
  }));

  const setField = useCallback((name: string, value: string) => setValues((v) => setIn(v, name, value)), []);

  const onFieldChange = useCallback(
    (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
      const target = event.target;
      const value = target instanceof HTMLInputElement && target.type === "checkbox" ? (target.checked ? "on" : "") : target.value;
      setField(target.name, value);
    },
    [setField],
  );

  const addRow = useCallback((group: RowGroup, row: unknown) => {
    setValues((v) => setIn(v, group, [...getList(v, group), row]));
    setKeys((k) => ({ ...k, [group]: [...k[group], newKey()] }));
  }, []);

  const removeRow = useCallback((group: RowGroup, index: number) => {
    setValues((v) => setIn(v, group, getList(v, group).filter((_, i) => i !== index)));
    setKeys((k) => ({ ...k, [group]: k[group].filter((_, i) => i !== index) }));
  }, []);

  const moveRow = useCallback((group: RowGroup, index: number, by: -1 | 1) => {
    const swap = <T,>(list: T[]) => {
      const to = index + by;
      if (to < 0 || to >= list.length) return list;
      const copy = [...list];
      [copy[index], copy[to]] = [copy[to]!, copy[index]!];
      return copy;
    };
    setValues((v) => setIn(v, group, swap(getList(v, group))));
    setKeys((k) => ({ ...k, [group]: swap(k[group]) }));
  }, []);

  return { values, setValues, setField, onFieldChange, keys, addRow, removeRow, moveRow };
}

export type EntryFormApi = ReturnType<typeof useEntryForm>;
