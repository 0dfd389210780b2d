import path from "node:path";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // the app has no lockfile or node_modules of its own: it builds with the desk's, three folders up
  turbopack: { root: path.resolve(__dirname, "../../..") },
  outputFileTracingRoot: path.resolve(__dirname, "../../.."),
};

export default nextConfig;
