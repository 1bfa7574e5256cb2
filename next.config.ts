import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pino"],
  poweredByHeader: false,
  // The data cache (unstable_cache) in this process's memory, bounded by bytes, which the record listener can
  // flush outside any request when another instance or a command-line tool changes the record; Next.js's own
  // (memory plus .next/cache on disk, which instances on one build directory would share) is not used.
  cacheHandler: path.join(process.cwd(), "lib", "cache", "data-cache.mjs"),
  cacheMaxMemorySize: 0,
  reactStrictMode: true,
  // Metadata in the <head> for every user agent (Next.js streams it into the body for browsers otherwise), so a
  // page's HTML does not depend on who asks: scripts/server.mjs caches one copy for all readers. Pages are
  // answered whole by that server anyway, so streaming the metadata would gain nothing.
  htmlLimitedBots: /.*/,
  // proxy.ts sets the security headers of every page and route; the build's static files skip it, so they get
  // the ones that matter for them here.
  async headers() {
    return [
      {
        source: "/_next/static/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

// next-intl reads its per-request configuration (language and catalogue) from i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

export default withNextIntl(nextConfig);
