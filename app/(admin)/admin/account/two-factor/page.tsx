import type { Metadata } from "next";
import QRCode from "qrcode";
import { TWO_FACTOR_PAGE, requireEditor } from "@/lib/auth/guards";
import { PROOF_LABEL_CODE } from "@/lib/auth/proof-labels";
import { getTwoFactorStatus } from "@/lib/auth/two-factor";
import { ProofForm } from "../../_components/proof-form";
import { StateForm } from "../../_components/state-form";
import { CodeForm } from "../../_components/two-factor-forms";
import { confirmEnrolmentAction, regenerateRecoveryCodesAction, startEnrolmentAction, turnOffTwoFactorAction } from "./actions";

export const metadata: Metadata = { title: "Two-factor sign-in" };

/** The key in groups of four, as people type it into an app by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

export default async function TwoFactorPage() {
  const user = await requireEditor(TWO_FACTOR_PAGE, { enrolling: true });
  const status = await getTwoFactorStatus({ userId: user.id });
  // Server-rendered SVG: the key never passes through client JavaScript, and no image request is needed.
  const qr = status.pending ? await QRCode.toString(status.pending.uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" }) : null;
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="font-serif text-3xl font-bold">Two-factor sign-in</h1>
      {user.needsTwoFactor ? (
        <p role="status" className="rounded border-2 border-[var(--color-accent)] p-3 font-semibold">
          Your account must use two-factor sign-in. Set it up to continue: this record is a target, and a password alone
          is not enough to protect it.
        </p>
      ) : null}
      {status.enabled ? (
        <>
          <p>
            Two-factor sign-in is <strong>on</strong>: signing in asks for a code from your authenticator app after your
            password. {status.recoveryCodesLeft} of 10 recovery codes left.
          </p>
          <section aria-labelledby="new-codes" className="space-y-2">
            <h2 id="new-codes" className="font-semibold">
              New recovery codes
            </h2>
            <CodeForm action={regenerateRecoveryCodesAction} label="Make new recovery codes" codeLabel="Code from your app" />
          </section>
          {!status.required ? (
            <section aria-labelledby="turn-off" className="space-y-2">
              <h2 id="turn-off" className="font-semibold">
                Turn off
              </h2>
              <p className="text-sm">Turning it off signs you out everywhere. Confirm with a code from your app or a recovery code.</p>
              <ProofForm action={turnOffTwoFactorAction} fields={{}} id="turn-off-proof" proofLabel={PROOF_LABEL_CODE} label="Turn off two-factor sign-in" />
            </section>
          ) : null}
        </>
      ) : status.pending && qr ? (
        <ol className="list-decimal space-y-4 pl-5">
          <li>
            <p>Scan this code with an authenticator app (for example Aegis, Google Authenticator, 1Password):</p>
            <div role="img" aria-label="QR code of the key" className="mt-2 w-48 bg-white p-1" dangerouslySetInnerHTML={{ __html: qr }} />
            <p className="mt-2 text-sm">
              Or type this key into the app: <code aria-label="Key">{grouped(status.pending.secret)}</code>
            </p>
          </li>
          <li>
            <p>Enter the 6-digit code the app shows:</p>
            <CodeForm action={confirmEnrolmentAction} label="Turn on two-factor sign-in" codeLabel="Code from your app" />
          </li>
        </ol>
      ) : (
        <>
          <p>
            With two-factor sign-in, signing in asks for your password and then a code from an authenticator app on your
            phone, so a stolen password alone cannot open your account.
          </p>
          <StateForm action={startEnrolmentAction} fields={{}} label="Set up two-factor sign-in" />
        </>
      )}
    </div>
  );
}
