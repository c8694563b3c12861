#!/usr/bin/env node
// The `quorum` command: runs the TypeScript CLI through tsx, so there is no separate build step.
import { register } from "tsx/esm/api";

register();
await import("../lib/cli/main.ts");
