import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

// Starting the built app for browser tests and screenshots: one implementation, so both run the
// app exactly the way `next start` serves it in production.

export const repoRoot = path.resolve(import.meta.dirname, "../../..");

/** Builds the app when there is no build yet, when the sources changed since, or when asked to (QUORUM_E2E_BUILD=1). */
export function ensureBuild(force = process.env.QUORUM_E2E_BUILD === "1"): void {
  const buildId = path.join(repoRoot, ".next", "BUILD_ID");
  if (!force && fs.existsSync(buildId) && newestSourceTime() < fs.statSync(buildId).mtimeMs) return;
  const result = spawnSync("npx", ["next", "build"], { cwd: repoRoot, stdio: "inherit", env: process.env });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
}

const SOURCES = ["app", "components", "lib", "next.config.mjs", "package.json"];

function newestSourceTime(): number {
  let newest = 0;
  const visit = (p: string) => {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      if (p.endsWith(path.join("db", "generated"))) return;
      for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const source of SOURCES) if (fs.existsSync(path.join(repoRoot, source))) visit(path.join(repoRoot, source));
  return newest;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningApp {
  baseURL: string;
  stop: () => Promise<void>;
}

/** `next start` on a free port against the given database; resolves once it answers. */
export async function startApp(databaseUrl: string, options: { timeoutMs?: number } = {}): Promise<RunningApp> {
  const port = await freePort();
  const nextBin = path.join(repoRoot, "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswers(`${baseURL}/subjects`, child, options.timeoutMs ?? 90_000);
  } catch (error) {
    await stopChild(child);
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- next start output ---\n${output}`);
  }
  return { baseURL, stop: () => stopChild(child) };
}

async function waitUntilAnswers(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the app did not answer at ${url} within ${timeoutMs} ms`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The fixtures shared with the project (../shared next to the repository), if present. */
export const sharedDir = path.resolve(repoRoot, "..", "shared");
export const seedsDir = path.join(sharedDir, "fixtures", "seeds");
