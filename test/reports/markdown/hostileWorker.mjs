// Worker-thread entry for hostile.test.ts. A synchronous parse that runs away cannot be stopped
// inside the test thread (it would block vitest itself for minutes); in a worker, the test's own
// timeout ends the test and the worker is terminated.
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { run } = await tsImport("./hostileRun.ts", import.meta.url);
parentPort.on("message", ({ text, fileName }) => parentPort.postMessage(run(text, fileName)));
parentPort.postMessage("ready");
