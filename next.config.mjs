/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and Wasm database drivers must stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "cwe-sdk"],
  poweredByHeader: false,
  // Uploads go through a server action; ingest itself refuses files over its own limit (25 MB).
  experimental: { serverActions: { bodySizeLimit: "30mb" } },
};
export default nextConfig;
