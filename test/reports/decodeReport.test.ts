import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_REPORT_BYTES, decodeReport } from "../../lib/reports/decodeReport";
import { ReportError } from "../../lib/reports/errors";

function bytes(...values: number[]): Uint8Array {
  return Uint8Array.from(values);
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

function errorOf(input: Uint8Array, maxBytes?: number): ReportError {
  let thrown: unknown;
  try {
    decodeReport(input, maxBytes);
  } catch (error) {
    thrown = error;
  }
  expect(thrown, "expected decodeReport to throw a ReportError").toBeInstanceOf(ReportError);
  return thrown as ReportError;
}

const REVIEW = "## Findings\n\n1. **Path traversal in `send_file`** (Line 43) — the name is not checked. Ünïcödé ✓\n";

describe("decodeReport: good input", () => {
  it("returns UTF-8 text unchanged", () => {
    expect(decodeReport(utf8(REVIEW))).toBe(REVIEW);
  });

  it("drops a UTF-8 byte order mark", () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(REVIEW)]);
    expect(decodeReport(withBom)).toBe(REVIEW);
  });

  it("decodes UTF-16LE with a BOM, as Windows editors save it", () => {
    expect(decodeReport(utf16(REVIEW, true))).toBe(REVIEW);
  });

  it("decodes UTF-16BE with a BOM", () => {
    expect(decodeReport(utf16(REVIEW, false))).toBe(REVIEW);
  });

  it("accepts a file of exactly maxBytes", () => {
    expect(decodeReport(utf8("a".repeat(1024)), 1024)).toBe("a".repeat(1024));
  });

  it("has a 25 MB default limit", () => {
    expect(DEFAULT_MAX_REPORT_BYTES).toBe(25 * 1024 * 1024);
  });
});

describe("decodeReport: bad input is a ReportError saying why", () => {
  it("rejects an empty file", () => {
    expect(errorOf(new Uint8Array(0)).message).toBe("empty file");
  });

  it("rejects a file of only whitespace", () => {
    expect(errorOf(utf8("  \n\t\r\n  \n")).message).toMatch(/^empty file/);
    expect(errorOf(utf8("  \n\t\r\n  \n")).message).toContain("whitespace");
  });

  it("rejects a UTF-16 file that holds nothing but its BOM, or only whitespace", () => {
    expect(errorOf(bytes(0xff, 0xfe)).message).toMatch(/^empty file/);
    expect(errorOf(utf16(" \r\n \r\n", true)).message).toMatch(/^empty file/);
  });

  it("rejects a binary file (NUL bytes)", () => {
    const zip = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00);
    expect(errorOf(zip).message).toMatch(/binary/);
    const textThenNul = new Uint8Array([...utf8("Line 12: overflow\n"), 0x00, ...utf8("more")]);
    expect(errorOf(textThenNul).message).toMatch(/binary/);
  });

  it("names the byte offset of invalid UTF-8", () => {
    expect(errorOf(bytes(0x61, 0x62, 0xff, 0x63)).message).toBe("invalid UTF-8 at byte 2");
    const later = new Uint8Array([...utf8("x".repeat(1040)), 0xc0, 0xaf, ...utf8("tail")]);
    expect(errorOf(later).message).toBe("invalid UTF-8 at byte 1040");
  });

  it("names the start of a multi-byte sequence cut off at the end of the file", () => {
    // "hi" then the first two of the three bytes of "€" (e2 82 ac): the broken sequence starts at byte 2.
    expect(errorOf(bytes(0x68, 0x69, 0xe2, 0x82)).message).toBe("invalid UTF-8 at byte 2");
  });

  it("names the lead byte of a sequence broken off by an ordinary character", () => {
    // "a", then 0xc3 (starts "é") followed by "(" instead of a continuation byte: the bad sequence is byte 1.
    expect(errorOf(bytes(0x61, 0xc3, 0x28, 0x62)).message).toBe("invalid UTF-8 at byte 1");
    // A three-byte sequence cut after two bytes in the middle of the file starts at byte 3.
    expect(errorOf(bytes(0x61, 0x62, 0x63, 0xe2, 0x82, 0x41, 0x42)).message).toBe("invalid UTF-8 at byte 3");
  });

  it("rejects a file over maxBytes, naming the limit", () => {
    const message = errorOf(utf8("a".repeat(2048)), 1024).message;
    expect(message).toContain("1 KB limit");
    expect(message).toContain("2 KB");
  });

  it("names the limit in MB for the default", () => {
    const big = new Uint8Array(DEFAULT_MAX_REPORT_BYTES + 1).fill(0x61);
    expect(errorOf(big).message).toContain("25.0 MB limit");
  });
});
