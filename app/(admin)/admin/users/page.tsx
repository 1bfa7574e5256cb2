import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/auth/guards";
import { getLabels } from "@/lib/i18n/labels-server";
import { listUsers } from "@/lib/users/queries";
import { formatWhen } from "../_components/format";
import { ProofForm } from "../_components/proof-form";
import { StateForm } from "../_components/state-form";
import { AddUserForm, ResetPasswordForm, RoleForm } from "../_components/user-forms";
import { resetTwoFactorAction, setTwoFactorRequiredAction, setUserDisabledAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function UsersPage() {
  const me = await requireAdmin("/admin/users");
  const [users, t, tForms, labels, locale] = await Promise.all([listUsers(), getTranslations("admin.users"), getTranslations("forms"), getLabels(), getLocale()]);
  return (
    <div className="max-w-4xl space-y-8">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <section aria-labelledby="add-heading" className="space-y-3 rounded border border-[var(--color-rule)] p-4">
        <h2 id="add-heading" className="font-semibold">
          {t("add")}
        </h2>
        <AddUserForm />
      </section>
      <section aria-labelledby="list-heading" className="space-y-3">
        <h2 id="list-heading" className="font-semibold">
          {t("list")}
        </h2>
        <ul className="space-y-4">
          {users.map((user) => (
            <li key={user.id} aria-label={user.name} className="space-y-3 border-b border-[var(--color-rule)] pb-4">
              <p>
                <strong>{user.name}</strong> · {user.email} · {labels.userRole[user.role]}
                {user.disabledAt ? <strong> · {t("disabledAt", { when: formatWhen(user.disabledAt, locale) })}</strong> : null}
                {user.id === me.id ? ` · ${t("you")}` : ""}
                {" · "}
                {user.twoFactor ? t("twoFactorOn") : user.role === "admin" || user.twoFactorRequired ? t("twoFactorPending") : t("twoFactorOff")}
              </p>
              {user.id !== me.id ? (
                <div className="flex flex-wrap items-start gap-6">
                  <StateForm
                    action={setUserDisabledAction}
                    fields={{ userId: user.id, disabled: user.disabledAt ? "0" : "1" }}
                    label={t(user.disabledAt ? "enable" : "disable", { name: user.name })}
                  />
                  <RoleForm userId={user.id} name={user.name} role={user.role} />
                  {user.role === "editor" ? (
                    <StateForm
                      action={setTwoFactorRequiredAction}
                      fields={{ userId: user.id, required: user.twoFactorRequired ? "0" : "1" }}
                      label={t(user.twoFactorRequired ? "stopRequiring" : "require", { name: user.name })}
                    />
                  ) : null}
                  {user.twoFactor ? (
                    <ProofForm
                      action={resetTwoFactorAction}
                      fields={{ userId: user.id }}
                      id={`reset-two-factor-${user.id}-proof`}
                      proofLabel={t("resetProof", { proof: tForms("proof.codeLabel"), name: user.name })}
                      label={t("resetTwoFactor", { name: user.name })}
                    />
                  ) : null}
                </div>
              ) : null}
              <details>
                <summary className="cursor-pointer text-sm">{t("resetPassword", { name: user.name })}</summary>
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
