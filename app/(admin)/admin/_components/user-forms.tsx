"use client";
// The forms of the users page: add a user, reset a password, change a role.
import { useActionState } from "react";
import { USER_ROLES, ROLE_NAME } from "@/lib/auth/roles";
import { PROOF_LABEL_CODE } from "@/lib/auth/proof-labels";
import type { ActionState } from "@/lib/forms";
import { PASSWORD_MIN } from "@/lib/users/input";
import { createUserAction, resetPasswordAction, setUserRoleAction } from "../users/actions";
import { buttonClass, FormMessage, primaryButtonClass, SelectField, TextField } from "./fields";

const roles = USER_ROLES.map((r) => [r, ROLE_NAME[r]] as const);

export function AddUserForm() {
  const [state, dispatch, pending] = useActionState<ActionState | undefined, FormData>(createUserAction, undefined);
  const v = state?.status === "ok" ? {} : (state?.values ?? {});
  const e = state?.errors ?? {};
  return (
    <form action={dispatch} noValidate className="space-y-3" key={JSON.stringify(state ?? {})}>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id="new-user-name" name="name" label="Name" defaultValue={v.name} errors={e.name} autoComplete="off" maxLength={200} />
        <TextField id="new-user-email" name="email" label="Email" type="email" defaultValue={v.email} errors={e.email} autoComplete="off" maxLength={254} />
        <SelectField id="new-user-role" name="role" label="Role" defaultValue={v.role ?? "editor"} errors={e.role} options={roles} />
        <TextField
          id="new-user-password"
          name="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          errors={e.password}
          hint={`At least ${PASSWORD_MIN} characters; give it to them privately`}
        />
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Adding…" : "Add user"}
      </button>
      <FormMessage message={state?.message ?? null} tone={state?.status === "ok" ? "ok" : state ? "error" : "idle"} />
    </form>
  );
}

export function ResetPasswordForm({ userId, name }: { userId: string; name: string }) {
  const [state, dispatch, pending] = useActionState<ActionState | undefined, FormData>(resetPasswordAction, undefined);
  const e = state?.errors ?? {};
  return (
    <form action={dispatch} noValidate className="space-y-2" aria-label={`Reset the password of ${name}`}>
      <input type="hidden" name="userId" value={userId} />
      <TextField id={`reset-${userId}-password`} name="password" label={`New password for ${name}`} type="password" autoComplete="new-password" errors={e.password} />
      <TextField id={`reset-${userId}-confirm`} name="confirm" label={`Repeat the new password for ${name}`} type="password" autoComplete="new-password" errors={e.confirm} />
      <TextField id={`reset-${userId}-proof`} name="proof" label={PROOF_LABEL_CODE} autoComplete="one-time-code" maxLength={256} errors={e.proof} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Resetting…" : "Reset password"}
      </button>
      <FormMessage message={state?.message ?? null} tone={state?.status === "ok" ? "ok" : state ? "error" : "idle"} />
    </form>
  );
}

export function RoleForm({ userId, name, role }: { userId: string; name: string; role: string }) {
  const [state, dispatch, pending] = useActionState<ActionState | undefined, FormData>(setUserRoleAction, undefined);
  return (
    <form action={dispatch} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="userId" value={userId} />
      <SelectField id={`role-${userId}`} name="role" label={`Role of ${name}`} defaultValue={role} options={roles} />
      <button type="submit" disabled={pending} className={buttonClass}>
        Change role
      </button>
      <FormMessage message={state?.message ?? null} tone={state?.status === "ok" ? "ok" : state ? "error" : "idle"} />
    </form>
  );
}
