import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getEnv } from "@/lib/env";
import { fontVariables } from "./fonts";
import "./globals.css";

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(getEnv().siteUrl),
    title: { default: "Artsakh Foreign Relations Record", template: "%s · Artsakh Foreign Relations Record" },
    description:
      "A cited record of the foreign relations of the Republic of Artsakh (Nagorno-Karabakh): statements, meetings and recognition events, each tied to its sources.",
    openGraph: { siteName: "Artsakh Foreign Relations Record", locale: "en", type: "website" },
    twitter: { card: "summary" },
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // fontVariables: the --face-* families of app/fonts.ts, which app/globals.css's font stacks name.
    <html lang="en" className={fontVariables}>
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
