import { existsSync } from "node:fs";
import path from "node:path";

/** ../shared beside the project: the read-only corpora. Present in CI; absent in a user's fresh clone. */
export const SHARED_DIR = path.resolve(import.meta.dirname, "../../../shared");
export const sharedAvailable = existsSync(SHARED_DIR);
export const SHARED_SKIP_REASON = `(skipped: ${SHARED_DIR} not found — these tests read the shared corpora, present in CI)`;

export const bytes = (text: string) => new TextEncoder().encode(text);
