"use server";
// Creates the first administrator. Open without a session, but only with a valid one-time setup token
// and only while no user exists (lib/users/setup.ts checks both inside its transaction).
import { redirect } from "next/navigation";
import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";
import { fieldErrors, type ActionState } from "@/lib/forms";
import { emailSchema, passwordSchema, userNameSchema } from "@/lib/users/input";
import { SetupError, completeSetup } from "@/lib/users/setup";
import { UserWriteError } from "@/lib/users/write";

const setupSchema = z
  .object({
    token: z.string().min(1).max(200),
    name: userNameSchema,
    email: emailSchema,
    password: passwordSchema,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: messageKey("validation.passwordsDiffer") });

export type SetupValues = { name: string; email: string };

export async function setupAction(_previous: ActionState<SetupValues>, formData: FormData): Promise<ActionState<SetupValues>> {
  const raw = Object.fromEntries(["token", "name", "email", "password", "confirm"].map((k) => [k, String(formData.get(k) ?? "")]));
  const values = { name: raw.name ?? "", email: raw.email ?? "" };
  const parsed = setupSchema.safeParse(raw);
  if (!parsed.success) {
    return { status: "invalid", errors: fieldErrors(parsed.error), values, message: messageKey("forms.invalid") };
  }
  try {
    await completeSetup({ token: parsed.data.token, input: parsed.data });
  } catch (error) {
    if (error instanceof SetupError || error instanceof UserWriteError) {
      return { status: "error", errors: {}, values, message: error instanceof UserWriteError ? error.key : error.message };
    }
    throw error;
  }
  redirect("/login?reason=setup");
}
