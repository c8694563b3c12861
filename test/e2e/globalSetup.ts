import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { CHROMIUM_PATH, ensureBuild, startApp } from "./support/appServer";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    e2eDatabaseUrl: string;
  }
}

/** Builds if needed, then serves the built app on a fresh SQLite database for the whole run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    if (process.env.CI) throw new Error(`CI needs Chromium at ${CHROMIUM_PATH} for the browser tests`);
    console.warn(`browser tests skipped: no Chromium at ${CHROMIUM_PATH} (Debian: apt-get install chromium; or set CHROMIUM_PATH)`);
    return async () => undefined;
  }
  ensureBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-e2e-"));
  const databaseUrl = `file:${path.join(dir, "e2e.db")}`;
  const app = await startApp(databaseUrl);
  project.provide("baseURL", app.baseURL);
  project.provide("e2eDatabaseUrl", databaseUrl);
  return async () => {
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
