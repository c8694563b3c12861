import { extractSymbols } from "../../lib/findings/symbols";
import { finding, lines } from "./fixtures";

/**
 * Realistic findings written for the tests: three reviewers of a plugin-loading daemon. The
 * rate limiter's sleep loop is one issue placed at line 52 by two reviewers and at 60-66 by the
 * third; the plugin loader's error path holds two different issues on overlapping lines.
 */
export function daemonReviews() {
  const sleepA = finding({
    reviewer: "alice",
    title: "Possible DoS through the sleep loop (Line 52)",
    body: "The use of `gevent.sleep(delay)` stalls the worker. An attacker who can trigger the limiter repeatedly keeps the greenlet asleep, a denial of service.\nSolution: use a token bucket instead of sleeping.",
    lines: lines(52),
    symbols: ["gevent.sleep(delay)"],
    stance: "concern",
  });
  const leakA = finding({
    reviewer: "alice",
    title: "Verbose error messages (Line 71-73)",
    body: "The full exception text is written to the log, which can expose internal paths and configuration details to anyone who reads the logs.\nSolution: log a generic message and keep the details at debug level.",
    lines: lines(71, 73),
    symbols: [],
    stance: "concern",
  });
  const sleepB = finding({
    reviewer: "bob",
    title: "gevent.sleep used for rate limiting",
    body: "Line 52: gevent.sleep(delay) inside the RateLimiter class delays each call. This is not really a security issue, more a reliability concern: under load the delays pile up.",
    lines: lines(52),
    symbols: ["gevent.sleep", "RateLimiter"],
    stance: "not-security",
  });
  const exitB = finding({
    reviewer: "bob",
    title: "load_plugin terminates the process on ImportError",
    body: "Lines 68-74: load_plugin catches ImportError, logs it and calls sys.exit(1). Abrupt termination takes the whole agent down when one plugin name is wrong.",
    lines: lines(68, 74),
    symbols: ["load_plugin", "ImportError", "sys.exit"],
    stance: "concern",
  });
  const sleepC = finding({
    reviewer: "carol",
    title: "Busy waiting in RateLimiter",
    body: "Lines 60-66: the `while True` loop around `gevent.sleep(delay)` can spin when `delay` is computed as zero and exhaust the CPU. Potential CWE: CWE-400.",
    lines: lines(60, 66),
    symbols: ["gevent.sleep(delay)", "RateLimiter", "delay"],
    stance: "concern",
  });
  const exitC = finding({
    reviewer: "carol",
    title: "Exception Handling",
    body: "Lines 101-107: `load_plugin` handles `ImportError` by logging the error and then calling `sys.exit(1)`. Exiting the daemon because of a bad plugin name is drastic. Potential CWE: CWE-703.",
    lines: lines(101, 107),
    symbols: ["load_plugin", "ImportError", "sys.exit(1)"],
    stance: "concern",
  });
  return { sleepA, leakA, sleepB, exitB, sleepC, exitC, all: [sleepA, leakA, sleepB, exitB, sleepC, exitC] };
}

/** Two web reviewers: same weakness class at different sinks, and a split issue within one report. */
export function webReviews() {
  const storedXss = finding({
    reviewer: "dana",
    title: "Stored XSS through comment bodies",
    body: "`mark_safe(comment.body)` on line 88 renders customer-written HTML unescaped, so a stored `<script>` runs in every moderator's session.",
    cwe: "CWE-79",
    lines: lines(88),
    symbols: ["mark_safe", "comment.body"],
  });
  const reflected = finding({
    reviewer: "dana",
    title: "Search term echoed into the results page",
    body: "The raw `q` parameter is passed to `results.html` on line 40. Autoescaping protects it today, but adding `|safe` to the template would make it a reflected XSS.",
    cwe: "CWE-79",
    lines: lines(40),
    symbols: ["q", "results.html"],
    stance: "concern",
  });
  const xssOther = finding({
    reviewer: "eli",
    title: "Cross-site scripting via mark_safe",
    body: "comment.body is user content; wrapping it in mark_safe (line 88) disables escaping and lets attackers inject script into the moderation view.",
    lines: lines(88),
    symbols: ["comment.body", "mark_safe"],
  });
  const dotdot = finding({
    reviewer: "eli",
    title: "Path traversal via `..` in upload names",
    body: "`os.path.join(UPLOAD_DIR, name)` on line 120 keeps `..` components, so `../../app/settings.py` overwrites code.",
    cwe: "CWE-22",
    lines: lines(120),
    symbols: ["os.path.join", "UPLOAD_DIR", "name"],
  });
  const absolute = finding({
    reviewer: "eli",
    title: "Absolute upload names replace the upload directory",
    body: "`os.path.join(UPLOAD_DIR, name)` discards UPLOAD_DIR when name is absolute (line 120), so `/etc/cron.d/job` is written as given.",
    cwe: "CWE-22",
    lines: lines(120),
    symbols: ["os.path.join", "UPLOAD_DIR"],
  });
  const zipSlip = finding({
    reviewer: "dana",
    title: "Zip slip in save_upload",
    body: "Line 118-121: save_upload joins the client-supplied file name onto UPLOAD_DIR unchecked; names with ../ segments escape the directory.",
    lines: lines(118, 121),
    symbols: ["save_upload", "UPLOAD_DIR"],
  });
  return { storedXss, reflected, xssOther, dotdot, absolute, zipSlip, all: [storedXss, reflected, xssOther, dotdot, absolute, zipSlip] };
}

/**
 * Three reviewers of a driver loader. Two describe one defect, the driver class taken from
 * configuration unchecked, naming related code: the function `load_plugin_driver` and the setting
 * `conf.plugin_driver` it reads. The third describes a different defect in the same function (it
 * exits on ImportError), also saying what the loader does.
 */
export function pluginReviews() {
  const reflection = finding({
    reviewer: "kim",
    title: "Unsafe reflection in load_plugin_driver",
    body: "load_plugin_driver imports whatever class path the configuration names (line 88). Anyone who can edit the configuration can make the agent instantiate arbitrary classes.",
    lines: lines(88),
    symbols: ["load_plugin_driver"],
  });
  const allowList = finding({
    reviewer: "lee",
    title: "Driver class taken from configuration without an allow-list",
    body: "Line 40: `conf.plugin_driver` goes straight to `importlib.import_module`; any importable class can be chosen. CWE-470.",
    cwe: "CWE-470",
    lines: lines(40),
    symbols: ["conf.plugin_driver", "importlib.import_module"],
  });
  const exit = finding({
    reviewer: "max",
    title: "Error handling in load_plugin_driver exits the agent",
    body: "Lines 88-94: load_plugin_driver loads the driver class named in the configuration; on ImportError it logs and raises SystemExit(1), so a typo in the driver name stops the whole agent.",
    lines: lines(88, 94),
    symbols: ["load_plugin_driver", "ImportError", "SystemExit"],
  });
  const token = finding({
    reviewer: "kim",
    title: "Hard-coded API token",
    body: "`API_TOKEN` is a string literal in the settings module (line 12).",
    lines: lines(12),
    symbols: ["API_TOKEN"],
  });
  return { reflection, allowList, exit, token, all: [reflection, allowList, exit, token] };
}

/**
 * Reviewers of a C record parser. One length check holds one defect that reviewers name by its
 * cause (the unsigned subtraction wraps: CWE-191) or by its effect (the header is read past the
 * buffer: CWE-125), a MITRE chain (CWE-680's pattern). A second memory-safety defect, in the same
 * reviewer's report, sits a few lines further on.
 */
export function parserReviews() {
  const underflow = extracted({
    reviewer: "nora",
    title: "Integer underflow in the record length check",
    body: "`len - HDR_SIZE` is computed in size_t (line 52). A datagram shorter than HDR_SIZE wraps it to a huge value, so the check passes and the parser reads past the end of `buf`.",
    cwe: "CWE-191",
    lines: lines(52),
  });
  const overRead = extracted({
    reviewer: "omar",
    title: "Header parsed without checking the datagram length",
    body: "`read_record` dereferences `buf + 2` and `buf + 4` before it knows `len` covers the header (lines 48-52). The only length check, `len - HDR_SIZE`, wraps for short input, so a short datagram is read out of bounds.",
    cwe: "CWE-125",
    lines: lines(48, 52),
  });
  const copyOverflow = extracted({
    reviewer: "omar",
    title: "Body copy overruns rec->body",
    body: "`memcpy(rec->body, buf + HDR_SIZE, rec->body_len)` on line 57 trusts body_len from the wire; rec->body holds 256 bytes.",
    cwe: "CWE-787",
    lines: lines(57),
  });
  return { underflow, overRead, copyOverflow, all: [underflow, overRead, copyOverflow] };
}

/**
 * Reviewers of one HTML preview page: a reflected XSS in its error branch (the requested name
 * echoed back, line 67) and a stored XSS a few lines below (uploaded content served as HTML).
 * Same CWE, same page, neighbouring lines: what the reviewers call them tells them apart.
 */
export function previewReviews() {
  const reflectedA = extracted({
    reviewer: "pia",
    title: "Reflected XSS in the preview error message",
    body: "When the file is missing, the `name` query parameter is written into the HTML error page unescaped (line 67). A crafted link runs script in the victim's session.",
    cwe: "CWE-79",
    lines: lines(67),
  });
  const storedA = extracted({
    reviewer: "pia",
    title: "Stored XSS through previews",
    body: "Uploaded file contents are written into the preview page with Content-Type text/html (lines 70-71); a file containing a script runs for everyone who previews it.",
    cwe: "CWE-79",
    lines: lines(70, 71),
  });
  const reflectedB = extracted({
    reviewer: "quin",
    title: "Cross-site scripting in the preview page",
    body: "The preview page prints the requested file name back into HTML without escaping (line 68); a link with a script in the name is a reflected XSS.",
    cwe: "CWE-79",
    lines: lines(68),
  });
  const storedB = extracted({
    reviewer: "rui",
    title: "Stored cross-site scripting in the preview page",
    body: "The preview page returns the raw bytes of an uploaded file as HTML (line 71), so an uploaded page with JavaScript executes in the browser of whoever previews it.",
    cwe: "CWE-79",
    lines: lines(71),
  });
  return { reflectedA, storedA, reflectedB, storedB, all: [reflectedA, storedA, reflectedB, storedB] };
}

/**
 * Reviewers of a PHP login check: one line (`md5($password) != $user['password']`) holds two
 * defects, unsalted MD5 hashing and a loose comparison open to "0e..." magic hashes. The
 * type-juggling finding mentions md5() only to say what is compared.
 */
export function loginReviews() {
  const md5A = extracted({
    reviewer: "sol",
    title: "Unsalted MD5 password hashing",
    body: "`md5($password)` is fast and unsalted; a leaked users table can be reversed with precomputed tables in minutes.",
    cwe: "CWE-916",
    lines: lines(25),
  });
  const md5B = extracted({
    reviewer: "tao",
    title: "Password hashes are plain MD5 (L25)",
    body: "Unsalted, fast, GPU-crackable. Use password_hash and password_verify.",
    lines: lines(25),
  });
  const juggling = extracted({
    reviewer: "tao",
    title: "Type juggling",
    body: '`!=` between the md5() output and the stored hash (L25). Two "0e<digits>" strings compare equal as numbers in PHP, so some passwords match hashes they shouldn\'t. Use hash_equals or password_verify.',
    lines: lines(25),
  });
  return { md5A, md5B, juggling, all: [md5A, md5B, juggling] };
}

/** A finding whose symbols are what the project's extractor finds in its text, as after ingest. */
function extracted(partial: Parameters<typeof finding>[0]) {
  const f = finding(partial);
  return { ...f, symbols: extractSymbols(`${f.title}\n${f.body}`) };
}

/**
 * Reviewers of a C connection handler. `conn_close` frees `conn->buf` and then copies the
 * trailer into it (a use after free), and the same copy trusts `trailer_len` (a heap overflow):
 * two defects in one function, on the same lines. In `read_frame`, one over-read of the frame
 * header that one reviewer calls an over-read and another a "buffer overflow".
 */
export function connectionReviews() {
  const uaf = extracted({
    reviewer: "quinn",
    title: "Use after free of conn->buf in conn_close",
    body: "`conn_close` calls `free(conn->buf)` on line 88 and then `memcpy(conn->buf, trailer, trailer_len)` on line 91 still writes into the freed block.",
    cwe: "CWE-416",
    lines: lines(88, 91),
  });
  const overflow = extracted({
    reviewer: "rosa",
    title: "Heap buffer overflow in conn_close",
    body: "`memcpy(conn->buf, trailer, trailer_len)` on line 91 of `conn_close` copies `trailer_len` bytes, taken from the peer, into the 64-byte `conn->buf` without a bound.",
    cwe: "CWE-122",
    lines: lines(91),
  });
  const overRead = extracted({
    reviewer: "quinn",
    title: "Buffer over-read of the frame header in read_frame",
    body: "`read_frame` reads `hdr->len` and `hdr->flags` from `frame` (lines 40-44) without checking that `frame_len` covers the 8-byte header, so a short frame is read past its end.",
    lines: lines(40, 44),
  });
  const overflowName = extracted({
    reviewer: "rosa",
    title: "Buffer overflow when parsing the frame header",
    body: "`read_frame` accesses `hdr->len` and `hdr->flags` on lines 41-43 before checking `frame_len`; a truncated frame makes it access memory beyond the frame.",
    lines: lines(41, 43),
  });
  return { uaf, overflow, overRead, overflowName, all: [uaf, overflow, overRead, overflowName] };
}
