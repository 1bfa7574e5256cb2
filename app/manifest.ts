// /manifest.webmanifest — the site's name, colours and icons for browsers that install or pin it.
import type { MetadataRoute } from "next";

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Artsakh Foreign Relations Record",
    short_name: "Artsakh Record",
    description: "A cited record of the foreign relations of the Republic of Artsakh: statements, meetings and recognition events.",
    start_url: "/",
    display: "browser",
    background_color: "#fbfaf7",
    theme_color: "#7a2e1f",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
    ],
  };
}
