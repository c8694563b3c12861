#!/usr/bin/env node
import { Command, InvalidArgumentError } from "commander";
import { ingestCommand } from "./ingestCommand";
import { exportCommand } from "./exportCommand";
import { subjectsCommand, showCommand } from "./showCommands";
import { mergeCommand, moveCommand, splitCommand } from "./regroupCommands";
import { triageCommand } from "./triageCommand";

/** `quorum <command>`: the command line over the same lib/ the web app uses. */
const program = new Command()
  .name("quorum")
  .description("Ingest security review reports, group findings across reviewers, triage them.")
  .showHelpAfterError();

program
  .command("ingest")
  .description("ingest review reports (markdown, text, JSON or SARIF) into a subject")
  .requiredOption("-s, --subject <name>", "what was reviewed (created if new)")
  .option("-r, --reviewer <name>", "reviewer name (default: each file's base name without extension)")
  .option("--max-size <MB>", "refuse files larger than this", parsePositive, 25)
  .option("-c, --code <file>", "the code the reviewers were given: a source file, or markdown with numbered code blocks")
  .argument("[files...]", "report files")
  .action(ingestCommand);

program
  .command("export")
  .description("export subjects, reports, issues and findings")
  .option("-f, --format <format>", "export format (json)", "json")
  .option("-s, --subject <name>", "only this subject")
  .option("-o, --out <file>", "write to a file instead of standard output")
  .action(exportCommand);

program.command("subjects").description("list subjects with their reports and issues").action(subjectsCommand);
program.command("show").description("show a subject's issues, consensus and disagreements").argument("<subject>").action(showCommand);

program
  .command("move")
  .description("move a finding to another issue (a manual decision later ingests keep)")
  .argument("<finding>", "finding id (or its first characters)")
  .argument("<issue>", "target issue number, e.g. 12 or Q-12")
  .option("-a, --author <name>", "who decided", process.env.USER ?? "cli")
  .action(moveCommand);
program
  .command("split")
  .description("split findings out of their issue into a new issue")
  .argument("<findings...>", "finding ids (or their first characters)")
  .option("-a, --author <name>", "who decided", process.env.USER ?? "cli")
  .action(splitCommand);
program
  .command("merge")
  .description("merge issues into the first one")
  .argument("<issues...>", "issue numbers; the first one is kept")
  .option("-a, --author <name>", "who decided", process.env.USER ?? "cli")
  .action(mergeCommand);
program
  .command("triage")
  .description("mark an issue accepted, false positive, or reopen it")
  .argument("<issue>", "issue number")
  .argument("<status>", "accepted | false-positive | open")
  .option("-n, --note <text>", "why (required for false-positive)")
  .option("-a, --author <name>", "who decided", process.env.USER ?? "cli")
  .action(triageCommand);

function parsePositive(value: string): number {
  const n = Number(value);
  if (!(n > 0)) throw new InvalidArgumentError("must be a positive number");
  return n;
}

program.parseAsync().catch((error: unknown) => {
  console.error(`quorum: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
