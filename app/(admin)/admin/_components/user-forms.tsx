"use client";
// The forms of the users page: add a user, reset a password, change a role.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { USER_ROLES } from "@/lib/auth/roles";
import { useLabels } from "@/lib/i18n/use-labels";
import type { ActionState } from "@/lib/forms";
import { PASSWORD_MIN } from "@/lib/users/input";
import { createUserAction, resetPasswordAction, setUserRoleAction } from "../users/actions";
import { buttonClass, FormMessage, primaryButtonClass, SelectField, TextField } from "./fields";

function useRoles() {
  const labels = useLabels();
  return USER_ROLES.map((r) => [r, labels.userRole[r]] as const);
}

export function AddUserForm() {
  const [state, dispatch, pending] = useActionState<ActionState | undefined, FormData>(createUserAction, undefined);
  const v = state?.status === "ok" ? {} : (state?.values ?? {});
  const e = state?.errors ?? {};
  const t = useTranslations("admin.users");
  const roles = useRoles();
  return (
    <form action={dispatch} noValidate className="space-y-3" key={JSON.stringify(state ?? {})}>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id="new-user-name" name="name" label={t("name")} defaultValue={v.name} errors={e.name} autoComplete="off" maxLength={200} />
        <TextField id="new-user-email" name="email" label={t("email")} type="email" defaultValue={v.email} errors={e.email} autoComplete="off" maxLength={254} />
        <SelectField id="new-user-role" name="role" label={t("role")} defaultValue={v.role ?? "editor"} errors={e.role} options={roles} />
        <TextField
          id="new-user-password"
          name="password"
          label={t("password")}
          type="password"
          autoComplete="new-password"
          errors={e.password}
          hint={t("passwordHint", { min: PASSWORD_MIN })}
        />
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? t("adding") : t("addSubmit")}
      </button>
      <FormMessage message={state?.message ?? null} tone={state?.status === "ok" ? "ok" : state ? "error" : "idle"} />
    </form>
  );
}

export function ResetPasswordForm({ userId, name }: { userId: string; name: string }) {
  const [state, dispatch, pending] = useActionState<ActionState | undefined, FormData>(resetPasswordAction, undefined);
  const e = state?.errors ?? {};
  const t = useTranslations("admin.users");
  const tForms = useTranslations("forms");
  return (
    <form action={dispatch} noValidate className="space-y-2" aria-label={t("resetPassword", { name })}>
      <input type="hidden" name="userId" value={userId} />
      <TextField id={`reset-${userId}-password`} name="password" label={t("newPassword", { name })} type="password" autoComplete="new-password" errors={e.password} />
      <TextField id={`reset-${userId}-confirm`} name="confirm" label={t("repeatPassword", { name })} type="password" autoComplete="new-password" errors={e.confirm} />
      <TextField id={`reset-${userId}-proof`} name="proof" label={tForms("proof.codeLabel")} autoComplete="one-time-code" maxLength={256} errors={e.proof} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? t("resetting") : t("resetSubmit")}
      </button>
      <FormMessage message={state?.message ?? null} tone={state?.status === "ok" ? "ok" : state ? "error" : "idle"} />
    </form>
  );
}

export function RoleForm({ userId, name, role }: { userId: string; name: string; role: string }) {
  const [state, dispatch, pending] = useActionState<ActionState | undefined, FormData>(setUserRoleAction, undefined);
  const t = useTranslations("admin.users");
  const roles = useRoles();
  return (
    <form action={dispatch} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="userId" value={userId} />
      <SelectField id={`role-${userId}`} name="role" label={t("roleOf", { name })} defaultValue={role} options={roles} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t("changeRole")}
      </button>
      <FormMessage message={state?.message ?? null} tone={state?.status === "ok" ? "ok" : state ? "error" : "idle"} />
    </form>
  );
}
