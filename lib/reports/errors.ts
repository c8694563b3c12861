/**
 * A report that cannot be ingested, with a message meant for the person who gave it to us
 * ("invalid UTF-8 at byte 1041", "unsupported SARIF version 1.0.0"). Anything else thrown
 * while parsing is a bug in Quorum, not in the report.
 */
export class ReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReportError";
  }
}
