/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and Wasm database drivers must stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "cwe-sdk"],
  poweredByHeader: false,
};
export default nextConfig;
