"use server";
// User management: admins only, through the same guards as every action. Passwords never come back in a response.
import { z } from "zod";
import { guardedFormAction } from "@/lib/auth/action";
import { ProofError, requestAddress } from "@/lib/auth/proof";
import { USER_ROLES } from "@/lib/auth/roles";
import { TwoFactorError, resetTwoFactor, setTwoFactorRequired } from "@/lib/auth/two-factor";
import { newUserSchema, passwordSchema } from "@/lib/users/input";
import { UserWriteError, createUser, resetUserPassword, setUserDisabled, setUserRole } from "@/lib/users/write";
import { revalidatePath } from "next/cache";
import { messageKey } from "@/lib/i18n/message-key";

function refused(error: unknown, values: Record<string, string>) {
  if (!(error instanceof UserWriteError) && !(error instanceof TwoFactorError) && !(error instanceof ProofError)) throw error;
  // A user write's reason travels as its key; the other errors' messages are keys already.
  const message = error instanceof UserWriteError ? error.key : error.message;
  return { status: "invalid" as const, errors: { [error.field]: [message] }, values, message };
}

export const createUserAction = guardedFormAction({ role: "admin", schema: newUserSchema }, async (input, { user, values }) => {
  try {
    await createUser({ input, actorId: user.id });
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath("/admin/users");
  return { status: "ok", errors: {}, values: {}, message: messageKey("admin.users.result.created", { name: input.name, email: input.email, role: input.role }) };
});

const disableSchema = z.object({ userId: z.uuid(), disabled: z.enum(["1", "0"]) });

export const setUserDisabledAction = guardedFormAction({ role: "admin", schema: disableSchema }, async ({ userId, disabled }, { user, values }) => {
  try {
    await setUserDisabled({ userId, disabled: disabled === "1", actorId: user.id });
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath("/admin/users");
  return {
    status: "ok",
    errors: {},
    values: {},
    message: messageKey(disabled === "1" ? "admin.users.result.disabled" : "admin.users.result.enabled"),
  };
});

const resetSchema = z
  .object({ userId: z.uuid(), password: passwordSchema, confirm: z.string(), proof: z.string().max(256).optional() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: messageKey("validation.passwordsDiffer") });

export const resetPasswordAction = guardedFormAction({ role: "admin", schema: resetSchema }, async ({ userId, password, proof }, { user, values }) => {
  try {
    await resetUserPassword({ userId, password, actorId: user.id, proof: { value: proof, ip: await requestAddress() } });
  } catch (error) {
    return refused(error, values);
  }
  return { status: "ok", errors: {}, values: {}, message: messageKey("admin.users.result.passwordReset") };
});

const roleSchema = z.object({ userId: z.uuid(), role: z.enum(USER_ROLES) });

export const setUserRoleAction = guardedFormAction({ role: "admin", schema: roleSchema }, async ({ userId, role }, { user, values }) => {
  try {
    await setUserRole({ userId, role, actorId: user.id });
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath("/admin/users");
  return { status: "ok", errors: {}, values: {}, message: messageKey("admin.users.result.roleChanged", { role }) };
});

const requireSchema = z.object({ userId: z.uuid(), required: z.enum(["1", "0"]) });

export const setTwoFactorRequiredAction = guardedFormAction({ role: "admin", schema: requireSchema }, async ({ userId, required }, { user, values }) => {
  try {
    await setTwoFactorRequired({ userId, required: required === "1", actorId: user.id });
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath("/admin/users");
  return {
    status: "ok",
    errors: {},
    values: {},
    message: messageKey(required === "1" ? "admin.users.result.required" : "admin.users.result.notRequired"),
  };
});

const resetTwoFactorSchema = z.object({ userId: z.uuid(), proof: z.string().max(256).optional() });

export const resetTwoFactorAction = guardedFormAction({ role: "admin", schema: resetTwoFactorSchema }, async ({ userId, proof }, { user, values }) => {
  if (userId === user.id) return refused(new TwoFactorError("user", messageKey("admin.users.result.ownTwoFactor")), values);
  try {
    await resetTwoFactor({ userId, actorId: user.id, proof: { value: proof, ip: await requestAddress() } });
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath("/admin/users");
  return { status: "ok", errors: {}, values: {}, message: messageKey("admin.users.result.twoFactorReset") };
});
