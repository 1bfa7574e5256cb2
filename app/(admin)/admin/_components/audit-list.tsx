// The audit log as a readable list: when, who, what, on which entry, actor or user.
import Link from "next/link";
import type { AuditEntry } from "@/lib/audit";
import { formatWhen } from "./format";

const ACTION_TEXT: Record<string, string> = {
  "user.sign_in": "signed in",
  "user.sign_in_failed": "failed to sign in",
  "user.sign_in_locked": "was locked out of signing in",
  "user.sign_out": "signed out",
  "user.create": "added a user",
  "user.disable": "disabled a user",
  "user.enable": "enabled a user",
  "user.password_reset": "reset a password",
  "user.role_change": "changed a role",
  "user.two_factor_enable": "turned on two-factor sign-in",
  "user.two_factor_reset": "turned off two-factor sign-in for a user",
  "user.two_factor_require": "changed whether a user must use two-factor sign-in",
  "user.recovery_codes": "made new recovery codes",
  "setup.complete": "set up the record as its first administrator",
  "entry.create": "created a draft",
  "entry.update": "edited",
  "entry.publish": "published",
  "entry.unpublish": "unpublished",
  "entry.delete": "moved to the trash",
  "entry.restore": "restored from the trash",
  "entry.revision_restore": "restored an earlier version of",
  "actor.create": "created the actor",
  "actor.update": "edited the actor",
  "actor.merge": "merged actors into",
  "actor.revision_restore": "restored an earlier version of the actor",
};

/** The account tried; for an email that names none, only the start of its keyed hash (the same text, the same hash). */
function typedAs(d: Record<string, unknown>) {
  if (typeof d.email === "string") return d.email;
  return typeof d.emailHash === "string" ? `an unknown email (${d.emailHash.slice(0, 8)})` : "an unknown email";
}

function target(line: AuditEntry) {
  const d = line.details as Record<string, unknown>;
  if (line.targetType === "entry" && line.targetId) {
    return <Link className="underline" href={`/admin/entries/${line.targetId}/history`}>{String(d.title ?? d.slug ?? "an entry")}</Link>;
  }
  if (line.targetType === "actor" && line.targetId) {
    const into = d.into as { name?: string } | undefined;
    return <Link className="underline" href={`/admin/actors/${line.targetId}/history`}>{String(into?.name ?? d.name ?? d.slug ?? "an actor")}</Link>;
  }
  if (line.action === "user.sign_in_failed") {
    return <span>as {typedAs(d)} ({String(d.reason ?? "refused")}{d.device === "known" ? ", on a known device" : ""})</span>;
  }
  if (line.action === "user.sign_in_locked") {
    return <span>as {typedAs(d)} for {Math.ceil(Number(d.seconds ?? 0) / 60)} minutes ({String(d.scope ?? "")})</span>;
  }
  if (typeof d.email === "string") return <span>{d.email}</span>;
  return null;
}

export function AuditList({ lines }: { lines: AuditEntry[] }) {
  if (lines.length === 0) return <p className="text-sm text-[var(--color-muted)]">Nothing recorded yet.</p>;
  return (
    <ol className="space-y-1 text-sm">
      {lines.map((line) => (
        <li key={line.id} className="border-b border-[var(--color-rule)] pb-1">
          <span className="text-[var(--color-muted)]">{formatWhen(line.at)}</span> ·{" "}
          <strong>{line.action === "user.sign_in_failed" || line.action === "user.sign_in_locked" ? "Someone" : (line.userName ?? "The system")}</strong> {ACTION_TEXT[line.action] ?? line.action}{" "}
          {target(line)}
        </li>
      ))}
    </ol>
  );
}
