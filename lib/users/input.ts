// What creating a user, resetting a password and signing in accept: one schema each, shared by forms and scripts.
import { z } from "zod";
import { v } from "@/lib/i18n/message-key";
import { USER_ROLES } from "@/lib/auth/roles";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, v("tooLong", { max: 254 }))
  .pipe(z.email(v("email")));

/** Length is what makes a password strong (NIST SP 800-63B): no composition rules, a generous maximum. */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, { message: v("passwordTooShort", { min: PASSWORD_MIN }), abort: true })
  .max(PASSWORD_MAX, v("passwordTooLong", { max: PASSWORD_MAX }));

export const userNameSchema = z
  .string()
  .trim()
  .min(1, { message: v("userName"), abort: true })
  .max(200, { message: v("tooLong", { max: 200 }), abort: true })
  .refine((v) => !v.includes("\u0000"), v("nulShort"));

export const newUserSchema = z.object({
  email: emailSchema,
  name: userNameSchema,
  role: z.enum(USER_ROLES, v("userRole")),
  password: passwordSchema,
});
export type NewUserInput = z.infer<typeof newUserSchema>;

export const passwordChangeSchema = z
  .object({ password: passwordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: v("passwordsDiffer") });

const noNul = (v: string) => !v.includes("\u0000");

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).refine(noNul),
  password: z.string().max(PASSWORD_MAX).refine(noNul),
});
