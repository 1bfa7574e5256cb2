import type { Metadata } from "next";
import Link from "next/link";
import { requireEditor } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Administrators only" };

export default async function DeniedPage() {
  const user = await requireEditor("/admin");
  return (
    <div className="max-w-xl space-y-3">
      <h1 className="font-serif text-3xl font-bold">Administrators only</h1>
      <p>
        Managing users is for administrators, and you are signed in as an editor ({user.email}). Ask an administrator if
        you need a user added, disabled or a password reset.
      </p>
      <p>
        <Link href="/admin">Back to the dashboard</Link>
      </p>
    </div>
  );
}
