import { ReportError } from "./errors";

export const DEFAULT_MAX_REPORT_BYTES = 25 * 1024 * 1024;

/**
 * Bytes from a file or an upload → the report text, or a ReportError saying why not. Text must
 * be UTF-8 (a BOM is dropped, and UTF-16 with a BOM is accepted, as editors on Windows write it).
 */
export function decodeReport(bytes: Uint8Array, maxBytes = DEFAULT_MAX_REPORT_BYTES): string {
  if (bytes.length === 0) throw new ReportError("empty file");
  if (bytes.length > maxBytes) throw new ReportError(`file is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit`);
  const utf16 = utf16Encoding(bytes);
  const text = utf16 ? new TextDecoder(utf16, { fatal: false }).decode(bytes.subarray(2)) : decodeUtf8(bytes);
  if (text.trim().length === 0) throw new ReportError("empty file (only whitespace)");
  return text;
}

function decodeUtf8(bytes: Uint8Array): string {
  if (looksBinary(bytes)) throw new ReportError("binary file (NUL bytes), not a text report");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ReportError(`invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}`);
  }
}

function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}

/** Byte offset of the first sequence that is not valid UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    try {
      // Streaming mode accepts a prefix that ends inside a character, so only real errors throw.
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid;
    }
  }
  return startOfSequenceEndingAt(bytes, low);
}

/** The longest valid prefix may end inside the broken character; the error is where it starts. */
function startOfSequenceEndingAt(bytes: Uint8Array, end: number): number {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, end));
    return end;
  } catch {
    let start = end;
    while (start > 0 && (bytes[start - 1] & 0xc0) === 0x80) start--;
    return start > 0 ? start - 1 : 0;
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
