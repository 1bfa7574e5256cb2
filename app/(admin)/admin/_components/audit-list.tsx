// The audit log as a readable list: when, who, what, on which entry, actor or user.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { AuditEntry } from "@/lib/audit";
import { formatWhen } from "./format";


/** The account tried; for an email that names none, only the start of its keyed hash (the same text, the same hash). */
type T = ReturnType<typeof useTranslations<"admin.audit">>;

function typedAs(t: T, d: Record<string, unknown>) {
  if (typeof d.email === "string") return d.email;
  return typeof d.emailHash === "string" ? t("unknownEmailHash", { hash: d.emailHash.slice(0, 8) }) : t("unknownEmail");
}

function target(t: T, line: AuditEntry) {
  const d = line.details as Record<string, unknown>;
  if (line.targetType === "entry" && line.targetId) {
    return <Link className="underline" href={`/admin/entries/${line.targetId}/history`}>{String(d.title ?? d.slug ?? t("anEntry"))}</Link>;
  }
  if (line.targetType === "actor" && line.targetId) {
    const into = d.into as { name?: string } | undefined;
    return <Link className="underline" href={`/admin/actors/${line.targetId}/history`}>{String(into?.name ?? d.name ?? d.slug ?? t("anActor"))}</Link>;
  }
  if (line.action === "user.sign_in_failed") {
    const reason = String(d.reason ?? "refused");
    return <span>{t(d.device === "known" ? "failedAsKnown" : "failedAs", { who: typedAs(t, d), reason })}</span>;
  }
  if (line.action === "user.sign_in_locked") {
    return <span>{t("lockedAs", { who: typedAs(t, d), minutes: Math.ceil(Number(d.seconds ?? 0) / 60), scope: String(d.scope ?? "") })}</span>;
  }
  if (typeof d.email === "string") return <span>{d.email}</span>;
  return null;
}

export function AuditList({ lines }: { lines: AuditEntry[] }) {
  const t = useTranslations("admin.audit");
  const locale = useLocale();
  if (lines.length === 0) return <p className="text-sm text-[var(--color-muted)]">{t("none")}</p>;
  return (
    <ol className="space-y-1 text-sm">
      {lines.map((line) => (
        <li key={line.id} className="border-b border-[var(--color-rule)] pb-1">
          <span className="text-[var(--color-muted)]">{formatWhen(line.at, locale)}</span> ·{" "}
          <strong>{line.action === "user.sign_in_failed" || line.action === "user.sign_in_locked" ? t("someone") : (line.userName ?? t("system"))}</strong>{" "}
          {t.has(`action.${line.action}`) ? t(`action.${line.action}` as never) : line.action} {target(t, line)}
        </li>
      ))}
    </ol>
  );
}
