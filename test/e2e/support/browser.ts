import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./appServer";

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Things a hostile report could have planted, if it were rendered as markup instead of text. */
export async function injectedMarkup(page: Page): Promise<{ pwned: unknown; scripts: number; handlers: number; jsLinks: number }> {
  return page.evaluate(() => {
    const all = Array.from(document.querySelectorAll("*"));
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      // Next.js's own inline scripts carry the page data (including the report text) as JSON
      // strings; a planted script would be one whose code is the payload itself.
      scripts: Array.from(document.querySelectorAll("script")).filter((s) => /^\s*window\.__pwned\s*=/.test(s.textContent ?? "")).length,
      handlers: all.filter((el) => Array.from(el.attributes).some((a) => /^on/i.test(a.name))).length,
      jsLinks: Array.from(document.querySelectorAll("[href],[src]")).filter((el) =>
        /^\s*javascript:/i.test(el.getAttribute("href") ?? el.getAttribute("src") ?? ""),
      ).length,
    };
  });
}
