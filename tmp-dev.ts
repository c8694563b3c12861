import fs from "node:fs";
import path from "node:path";
import { parseReport } from "./lib/reports/parseReport";
import { normalizeFinding } from "./lib/findings/normalizeFinding";
const dev = "../shared/eval/dev";
let gold = 0, found = 0, matched = 0;
for (const subject of fs.readdirSync(dev)) {
  const g = JSON.parse(fs.readFileSync(path.join(dev, subject, "gold.json"), "utf8"));
  for (const [file, rep] of Object.entries<any>(g.reports)) {
    const text = fs.readFileSync(path.join(dev, subject, "reports", file), "utf8");
    const parsed = parseReport(text, file);
    const fs2 = parsed.findings.map((r, i) => normalizeFinding(r, i));
    console.log(`\n== ${subject}/${file} [${parsed.format}] verdict=${parsed.verdict} gold=${rep.verdict}`);
    const claimed = new Set<number>();
    for (const gf of rep.findings) {
      const pos = text.indexOf(gf.anchor);
      const hit = fs2.findIndex((f, i) => !claimed.has(i) && f.span.start <= pos && pos < f.span.end);
      if (hit >= 0) { claimed.add(hit); matched++; } else console.log(`   MISSED «${gf.anchor}»`);
    }
    fs2.forEach((f, i) => console.log(`   ${claimed.has(i) ? "ok " : "XX "} ${f.title} | sev=${f.severity} cwe=${f.cwe} st=${f.stance} lines=${JSON.stringify(f.lines)} sym=${f.symbols.slice(0,5).join(",")}`));
    gold += rep.findings.length; found += fs2.length;
  }
}
const p = matched / found, r = matched / gold;
console.log(`\nextraction P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(2*p*r/(p+r)).toFixed(3)}`);
