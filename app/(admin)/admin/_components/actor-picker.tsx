"use client";
// Search-as-you-type for actors (the ARIA combobox pattern): asks the guarded /admin/api/actors route,
// and offers to create the actor when it is not in the record yet.
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useLabels } from "@/lib/i18n/use-labels";
import type { ActorChoice } from "@/lib/actors/admin-queries";
import { inputClass } from "./fields";

type Option = { type: "actor"; actor: ActorChoice } | { type: "create"; name: string };

export function ActorPicker({
  label,
  onPick,
  onCreate,
  exclude = [],
}: {
  label: string;
  onPick: (actor: ActorChoice) => void;
  onCreate?: (name: string) => void;
  exclude?: string[];
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<ActorChoice[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const t = useTranslations("adminEntries.picker");
  const labels = useLabels();

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setResults([]);
      setStatus(q ? t("tooShort") : "");
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/admin/api/actors?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (response.status === 401) {
          setStatus(t("signedOut"));
          return;
        }
        const body = (await response.json()) as { actors?: ActorChoice[] };
        const found = (body.actors ?? []).filter((a) => !exclude.includes(a.id));
        setResults(found);
        setActive(0);
        setOpen(true);
        setStatus(t("found", { count: found.length }));
      } catch (error) {
        if ((error as Error).name !== "AbortError") setStatus(t("failed"));
      }
    }, 180);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
    // Only the query starts a search: `exclude` is a new array on every render of the parent.
  }, [query]);

  const options: Option[] = [
    ...results.map((actor) => ({ type: "actor" as const, actor })),
    ...(onCreate && query.trim().length >= 2 ? [{ type: "create" as const, name: query.trim() }] : []),
  ];

  const choose = (option: Option | undefined) => {
    if (!option) return;
    if (option.type === "actor") onPick(option.actor);
    else onCreate?.(option.name);
    setQuery("");
    setResults([]);
    setOpen(false);
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === "Enter") {
      // Never submit the entry form from the search box.
      event.preventDefault();
      if (open) choose(options[active]);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  };

  const listId = `${id}-list`;
  const expanded = open && options.length > 0;
  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="block text-sm font-semibold">
        {label}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${id}-opt-${active}` : undefined}
        aria-describedby={`${id}-status`}
        value={query}
        placeholder={t("placeholder")}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => results.length && setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        className={inputClass}
      />
      <p id={`${id}-status`} aria-live="polite" className="text-xs text-[var(--color-muted)]">
        {status}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label={t("results", { label })}
        hidden={!expanded}
        className="absolute z-10 mt-1 max-h-72 w-full overflow-auto rounded border border-[var(--color-rule)] bg-[var(--color-paper)] shadow-lg"
      >
        {options.map((option, i) => (
          <li
            key={option.type === "actor" ? option.actor.id : "create"}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(option)}
            onMouseEnter={() => setActive(i)}
            className="cursor-pointer px-3 py-2 text-sm aria-selected:bg-[var(--color-rule)]"
          >
            {option.type === "actor" ? (
              <>
                <span className="font-semibold">{option.actor.name}</span>
                <span className="text-[var(--color-muted)]">
                  {" "}
                  · {labels.actorKind[option.actor.kind as keyof typeof labels.actorKind] ?? option.actor.kind}
                  {option.actor.countryCode ? ` · ${option.actor.countryCode}` : ""}
                  {option.actor.hint ? ` · ${option.actor.hint}` : ""}
                </span>
              </>
            ) : (
              <span>{t("create", { name: option.name })}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
