"use server";
// One's own account: the language of the editorial system (users.locale).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { guardedFormAction } from "@/lib/auth/action";
import { rememberEditorLocale } from "@/lib/auth/editor-locale-cookie";
import { LOCALES } from "@/lib/i18n/locales";
import { messageKey, v } from "@/lib/i18n/message-key";
import { setUserLocale } from "@/lib/users/write";

const localeSchema = z.object({ locale: z.enum(LOCALES, v("interfaceLanguage")) });

export const setLocaleAction = guardedFormAction({ role: "editor", schema: localeSchema, enrolment: true }, async ({ locale }, { user }) => {
  await setUserLocale({ userId: user.id, locale });
  await rememberEditorLocale(locale);
  // Every page of the editorial system is rendered per request; the layout's language changes with the next one.
  revalidatePath("/admin", "layout");
  return { status: "ok", errors: {}, values: { locale }, message: messageKey("admin.account.saved") };
});
