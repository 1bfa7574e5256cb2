import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireEditor } from "@/lib/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.denied"))("title") };
}

export default async function DeniedPage() {
  const user = await requireEditor("/admin");
  const t = await getTranslations("admin.denied");
  return (
    <div className="max-w-xl space-y-3">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <p>{t("explain", { email: user.email })}</p>
      <p>
        <Link href="/admin">{t("back")}</Link>
      </p>
    </div>
  );
}
