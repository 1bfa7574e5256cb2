"use server";
// Two-factor sign-in for one's own account: start, confirm (recovery codes shown once), new codes, turn off.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";
import { guardedFormAction } from "@/lib/auth/action";
import { TWO_FACTOR_PAGE } from "@/lib/auth/guards";
import { ProofError, requestAddress } from "@/lib/auth/proof";
import { TwoFactorError, confirmEnrolment, regenerateRecoveryCodes, resetTwoFactor, startEnrolment } from "@/lib/auth/two-factor";

const codeSchema = z.object({ code: z.string().trim().regex(/^\d{6}$/, messageKey("validation.totpCode")) });

function refused(error: unknown) {
  if (!(error instanceof TwoFactorError) && !(error instanceof ProofError)) throw error;
  return { status: "invalid" as const, errors: { [error.field]: [error.message] }, values: {}, message: error.message };
}

export const startEnrolmentAction = guardedFormAction({ role: "editor", schema: z.object({}), enrolment: true }, async (_input, { user }) => {
  try {
    await startEnrolment({ userId: user.id });
  } catch (error) {
    return refused(error);
  }
  revalidatePath(TWO_FACTOR_PAGE);
  redirect(TWO_FACTOR_PAGE);
});

export const confirmEnrolmentAction = guardedFormAction({ role: "editor", schema: codeSchema, enrolment: true }, async ({ code }, { user }) => {
  let codes: string[];
  try {
    codes = await confirmEnrolment({ userId: user.id, code });
  } catch (error) {
    return refused(error);
  }
  // The codes travel to the browser this once; only their hashes are kept.
  return { status: "ok", errors: {}, values: { recoveryCodes: codes.join("\n") }, message: messageKey("twoFactor.result.on") };
});

export const regenerateRecoveryCodesAction = guardedFormAction({ role: "editor", schema: codeSchema }, async ({ code }, { user }) => {
  let codes: string[];
  try {
    codes = await regenerateRecoveryCodes({ userId: user.id, code });
  } catch (error) {
    return refused(error);
  }
  return { status: "ok", errors: {}, values: { recoveryCodes: codes.join("\n") }, message: messageKey("twoFactor.result.newCodes") };
});

const proofSchema = z.object({ proof: z.string().max(256).optional() });

export const turnOffTwoFactorAction = guardedFormAction({ role: "editor", schema: proofSchema }, async ({ proof }, { user }) => {
  try {
    await resetTwoFactor({ userId: user.id, actorId: user.id, proof: { value: proof, ip: await requestAddress() } });
  } catch (error) {
    return refused(error);
  }
  redirect("/login?reason=ended");
});
