// Checks an email and password: the same answer and about the same time for a wrong email as for a wrong password.
import "server-only";
import { getDb } from "@/db";
import { recordAudit } from "@/lib/audit";
import { signInSchema } from "@/lib/users/input";
import { verifyAgainstDummy, verifyPassword } from "@/lib/users/password";
import { getUserCredentials } from "@/lib/users/queries";
import { createSignInLimits } from "./sign-in-limits";

export type AuthorizedUser = { id: string; email: string; name: string; sessionVersion: number };
export type CredentialsResult = { ok: true; user: AuthorizedUser } | { ok: false; retryAfter?: number };

const state = globalThis as unknown as { __recordSignInLimits?: ReturnType<typeof createSignInLimits> };
const limits = () => (state.__recordSignInLimits ??= createSignInLimits());

export async function checkCredentials(raw: unknown, ip: string | null): Promise<CredentialsResult> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success || !parsed.data.email || !parsed.data.password) return { ok: false };
  const { email, password } = parsed.data;
  const where = ip ?? "unknown";
  const wait = await limits().retryAfter(email, where);
  if (wait > 0) return { ok: false, retryAfter: wait };

  const user = await getUserCredentials({ email });
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !valid || user.disabledAt) {
    await limits().recordFailure(email, where);
    await recordAudit(getDb(), {
      userId: user?.id ?? null,
      action: "user.sign_in_failed",
      targetType: "user",
      targetId: user?.id ?? null,
      details: { email, reason: !user ? "unknown email" : !valid ? "wrong password" : "disabled" },
      ip,
    });
    return { ok: false };
  }
  await limits().recordSuccess(email, where);
  await recordAudit(getDb(), { userId: user.id, action: "user.sign_in", targetType: "user", targetId: user.id, ip });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
