import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { TWO_FACTOR_PAGE, requireEditor } from "@/lib/auth/guards";
import { getTwoFactorStatus } from "@/lib/auth/two-factor";
import { ProofForm } from "../../_components/proof-form";
import { StateForm } from "../../_components/state-form";
import { CodeForm } from "../../_components/two-factor-forms";
import { confirmEnrolmentAction, regenerateRecoveryCodesAction, startEnrolmentAction, turnOffTwoFactorAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("twoFactor"))("title") };
}

/** The key in groups of four, as people type it into an app by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

export default async function TwoFactorPage() {
  const user = await requireEditor(TWO_FACTOR_PAGE, { enrolling: true });
  const [status, t, tForms] = await Promise.all([getTwoFactorStatus({ userId: user.id }), getTranslations("twoFactor"), getTranslations("forms")]);
  // Server-rendered SVG: the key never passes through client JavaScript, and no image request is needed.
  const qr = status.pending ? await QRCode.toString(status.pending.uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" }) : null;
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      {user.needsTwoFactor ? (
        <p role="status" className="rounded border-2 border-[var(--color-accent)] p-3 font-semibold">
          {t("mustUse")}
        </p>
      ) : null}
      {status.enabled ? (
        <>
          <p>{t.rich("isOn", { left: status.recoveryCodesLeft, strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <section aria-labelledby="new-codes" className="space-y-2">
            <h2 id="new-codes" className="font-semibold">
              {t("newCodesHeading")}
            </h2>
            <CodeForm action={regenerateRecoveryCodesAction} label={t("makeNewCodes")} codeLabel={t("codeFromApp")} />
          </section>
          {!status.required ? (
            <section aria-labelledby="turn-off" className="space-y-2">
              <h2 id="turn-off" className="font-semibold">
                {t("turnOffHeading")}
              </h2>
              <p className="text-sm">{t("turnOffHint")}</p>
              <ProofForm action={turnOffTwoFactorAction} fields={{}} id="turn-off-proof" proofLabel={tForms("proof.codeLabel")} label={t("turnOff")} />
            </section>
          ) : null}
        </>
      ) : status.pending && qr ? (
        <ol className="list-decimal space-y-4 pl-5">
          <li>
            <p>{t("scan")}</p>
            <div role="img" aria-label={t("qrLabel")} className="mt-2 w-48 bg-white p-1" dangerouslySetInnerHTML={{ __html: qr }} />
            <p className="mt-2 text-sm">
              {t("orType")} <code aria-label={t("keyLabel")}>{grouped(status.pending.secret)}</code>
            </p>
          </li>
          <li>
            <p>{t("enterCode")}</p>
            <CodeForm action={confirmEnrolmentAction} label={t("turnOn")} codeLabel={t("codeFromApp")} />
          </li>
        </ol>
      ) : (
        <>
          <p>{t("explain")}</p>
          <StateForm action={startEnrolmentAction} fields={{}} label={t("setUp")} />
        </>
      )}
    </div>
  );
}
