// The data-access guards every admin page, route handler and server action goes through: a session is only
// as good as the user row behind it, read again on every request (disabled users and old passwords end here).
import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./auth";
import { checkSessionRecord } from "./sessions";
import type { UserRole } from "./roles";
import type { Locale } from "@/lib/i18n/locales";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  /** The language of the editorial system for this user (users.locale). */
  locale: Locale;
  /** Must enrol in two-factor sign-in before doing anything else (admins; editors an admin chose). */
  needsTwoFactor: boolean;
};

export const TWO_FACTOR_PAGE = "/admin/account/two-factor";

export type SessionCheck =
  | { status: "ok"; user: SessionUser }
  /** No session cookie, or one that does not verify. */
  | { status: "none" }
  /** A valid cookie whose session ended: signed out, too old, idle too long, user disabled or password changed. */
  | { status: "ended" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Once per request (React cache): the session cookie, checked against the users table. */
export const checkSession = cache(async (): Promise<SessionCheck> => {
  let session;
  try {
    session = await auth();
  } catch {
    return { status: "none" };
  }
  const id = session?.user?.id;
  const sessionId = session?.sessionId;
  if (!session || !id || !UUID.test(id) || !sessionId || !UUID.test(sessionId)) return { status: "none" };
  const standing = await checkSessionRecord({ sessionId, userId: id, sessionVersion: session.sessionVersion });
  if (standing.status !== "ok") return { status: "ended" };
  return { status: "ok", user: standing.user };
});

export async function getSessionUser(): Promise<SessionUser | null> {
  const check = await checkSession();
  return check.status === "ok" ? check.user : null;
}

export function hasRole(user: SessionUser, role: UserRole): boolean {
  return role === "editor" ? user.role === "editor" || user.role === "admin" : user.role === "admin";
}

function loginUrl(returnTo: string, ended: boolean): string {
  const params = new URLSearchParams({ callbackUrl: returnTo });
  if (ended) params.set("reason", "ended");
  return `/login?${params}`;
}

/**
 * For pages: the signed-in editor or admin, or a redirect to sign in (then back to `returnTo`). Someone who must
 * enrol in two-factor sign-in is sent to do that first; only the enrolment page itself passes `enrolling`.
 */
export async function requireEditor(returnTo = "/admin", { enrolling = false }: { enrolling?: boolean } = {}): Promise<SessionUser> {
  const check = await checkSession();
  if (check.status !== "ok") redirect(loginUrl(returnTo, check.status === "ended"));
  if (check.user.needsTwoFactor && !enrolling) redirect(TWO_FACTOR_PAGE);
  return check.user;
}

/** For pages only admins may see; editors are sent to a page that says so. */
export async function requireAdmin(returnTo = "/admin"): Promise<SessionUser> {
  const user = await requireEditor(returnTo);
  if (!hasRole(user, "admin")) redirect(`/admin/denied?from=${encodeURIComponent(returnTo)}`);
  return user;
}
