// What creating a user, resetting a password and signing in accept: one schema each, shared by forms and scripts.
import { z } from "zod";
import { USER_ROLES } from "@/lib/auth/roles";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "At most 254 characters")
  .pipe(z.email("Enter an email address"));

/** Length is what makes a password strong (NIST SP 800-63B): no composition rules, a generous maximum. */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, { message: `Use at least ${PASSWORD_MIN} characters`, abort: true })
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`);

export const userNameSchema = z
  .string()
  .trim()
  .min(1, { message: "Give a name", abort: true })
  .max(200, { message: "At most 200 characters", abort: true })
  .refine((v) => !v.includes("\u0000"), "Remove the null character (U+0000)");

export const newUserSchema = z.object({
  email: emailSchema,
  name: userNameSchema,
  role: z.enum(USER_ROLES, "Choose editor or admin"),
  password: passwordSchema,
});
export type NewUserInput = z.infer<typeof newUserSchema>;

export const passwordChangeSchema = z
  .object({ password: passwordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ" });

const noNul = (v: string) => !v.includes("\u0000");

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).refine(noNul),
  password: z.string().max(PASSWORD_MAX).refine(noNul),
});
