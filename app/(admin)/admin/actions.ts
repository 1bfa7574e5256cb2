"use server";
// The dashboard's action: "Check links now" (admins only; the guard checks the session and the role itself).
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { checkAllLinksNow } from "@/lib/archive/admin-queries";
import { guardedFormAction } from "@/lib/auth/action";

export const checkLinksNowAction = guardedFormAction({ role: "admin", schema: z.object({}) }, async (_input, { values }) => {
  const queued = await checkAllLinksNow();
  const t = await getTranslations("archive.admin");
  return { status: "ok", errors: {}, values, message: t("queued", { count: queued }) };
});
