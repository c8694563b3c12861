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
