import fs from "node:fs";
import { parseMarkdownTree } from "./lib/reports/markdown/parseMarkdownTree";
import { blocksOf } from "./lib/reports/markdown/blocks";
import { segmentReport } from "./lib/reports/markdown/segment";
import { raisesConcern } from "./lib/findings/raisesConcern";
const text = fs.readFileSync(process.argv[2], "utf8");
for (const u of segmentReport(text, blocksOf(parseMarkdownTree(text)))) console.log(u.kind, raisesConcern(text.slice(u.from,u.to),u.kind), JSON.stringify(text.slice(u.titleFrom, u.titleTo).slice(0,80)), u.from, u.to);
