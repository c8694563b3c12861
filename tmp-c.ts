import fs from "node:fs";
const text = fs.readFileSync(process.argv[2], "utf8").slice(Number(process.argv[3]), Number(process.argv[4])).toLowerCase();
const src = fs.readFileSync("lib/findings/raisesConcern.ts","utf8");
const grab = (name: string) => eval(src.split(`const ${name} = `)[1].split(";\n")[0]);
for (const n of ["CONCERN_TERMS","PRAISE_TERMS"]) console.log(n, grab(n).filter((t: string) => { let at = text.indexOf(t); while (at >= 0) { if (at === 0 || !/[a-z0-9]/.test(text[at-1])) return true; at = text.indexOf(t, at+1);} return false; }));
console.log(/\b(?:security concern|concern|risk|severity|impact|vulnerable|vulnerability|issue|status)\s*\**\s*:\s*\**\s*(?:none|n\/a|no|not applicable|not vulnerable|safe|ok)\b\s*[.,;)]?/i.exec(text));
