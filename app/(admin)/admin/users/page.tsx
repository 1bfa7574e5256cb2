import type { Metadata } from "next";
import { ROLE_NAME } from "@/lib/auth/roles";
import { requireAdmin } from "@/lib/auth/guards";
import { PROOF_LABEL_CODE } from "@/lib/auth/proof-labels";
import { listUsers } from "@/lib/users/queries";
import { formatWhen } from "../_components/format";
import { ProofForm } from "../_components/proof-form";
import { StateForm } from "../_components/state-form";
import { AddUserForm, ResetPasswordForm, RoleForm } from "../_components/user-forms";
import { resetTwoFactorAction, setTwoFactorRequiredAction, setUserDisabledAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requireAdmin("/admin/users");
  const users = await listUsers();
  return (
    <div className="max-w-4xl space-y-8">
      <h1 className="font-serif text-3xl font-bold">Users</h1>
      <section aria-labelledby="add-heading" className="space-y-3 rounded border border-[var(--color-rule)] p-4">
        <h2 id="add-heading" className="font-semibold">
          Add a user
        </h2>
        <AddUserForm />
      </section>
      <section aria-labelledby="list-heading" className="space-y-3">
        <h2 id="list-heading" className="font-semibold">
          Everyone who can sign in
        </h2>
        <ul className="space-y-4">
          {users.map((user) => (
            <li key={user.id} aria-label={user.name} className="space-y-3 border-b border-[var(--color-rule)] pb-4">
              <p>
                <strong>{user.name}</strong> · {user.email} · {ROLE_NAME[user.role]}
                {user.disabledAt ? <strong> · disabled {formatWhen(user.disabledAt)}</strong> : null}
                {user.id === me.id ? " · you" : ""}
                {" · "}
                {user.twoFactor ? "two-factor on" : user.role === "admin" || user.twoFactorRequired ? "two-factor required, not set up yet" : "two-factor off"}
              </p>
              {user.id !== me.id ? (
                <div className="flex flex-wrap items-start gap-6">
                  <StateForm
                    action={setUserDisabledAction}
                    fields={{ userId: user.id, disabled: user.disabledAt ? "0" : "1" }}
                    label={user.disabledAt ? `Enable ${user.name}` : `Disable ${user.name}`}
                  />
                  <RoleForm userId={user.id} name={user.name} role={user.role} />
                  {user.role === "editor" ? (
                    <StateForm
                      action={setTwoFactorRequiredAction}
                      fields={{ userId: user.id, required: user.twoFactorRequired ? "0" : "1" }}
                      label={user.twoFactorRequired ? `Stop requiring two-factor for ${user.name}` : `Require two-factor for ${user.name}`}
                    />
                  ) : null}
                  {user.twoFactor ? (
                    <ProofForm
                      action={resetTwoFactorAction}
                      fields={{ userId: user.id }}
                      id={`reset-two-factor-${user.id}-proof`}
                      proofLabel={`${PROOF_LABEL_CODE} (to reset ${user.name}'s)`}
                      label={`Reset two-factor of ${user.name}`}
                    />
                  ) : null}
                </div>
              ) : null}
              <details>
                <summary className="cursor-pointer text-sm">Reset the password of {user.name}</summary>
                <div className="mt-2 max-w-sm">
                  <ResetPasswordForm userId={user.id} name={user.name} />
                </div>
              </details>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
