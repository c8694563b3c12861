import { describe, expect, it } from "vitest";
import { codeUnits, definedName, unitsHolding } from "../../lib/code/codeUnits";
import type { CodeFile } from "../../lib/code/reviewedCode";

const file = (text: string): CodeFile => ({ path: null, lines: new Map(text.split("\n").map((l, i) => [i + 1, l])) });
const summary = (text: string) => codeUnits(file(text)).map((u) => `${u.name} ${u.start}-${u.end}`);

describe("codeUnits", () => {
  it("reads Python functions and methods by indentation, decorators outside", () => {
    const py = ["class Throttler:", "    def __init__(self, f):", "        self.f = f", "", "    def call(self):", "        eventlet.sleep(1)", "", "@app.route('/x')", "def load_driver(conf):", "    return conf.driver"].join("\n");
    expect(summary(py)).toEqual(["Throttler 1-6", "__init__ 2-3", "call 5-6", "load_driver 9-10"]);
  });

  it("reads brace languages, with the brace on the signature's line or the next", () => {
    const cs = ["public class AccountController", "{", "    public IActionResult Login(LoginModel m)", "    {", "        return View();", "    }", "", "    private static int Count() {", "        return 1;", "    }", "}"].join("\n");
    expect(summary(cs)).toEqual(["AccountController 1-11", "Login 3-6", "Count 8-10"]);
  });

  it("names Go methods, Rust functions, Terraform resources, shell functions and Express routes", () => {
    expect(definedName("func (s *Server) Reserve(ctx context.Context, req *pb.Req) (*pb.Resp, error) {")).toBe("Reserve");
    expect(definedName("pub fn parse_header(block: &[u8]) -> Result<Entry, String> {")).toBe("parse_header");
    expect(definedName('resource "aws_s3_bucket" "uploads" {')).toBe("aws_s3_bucket.uploads");
    expect(definedName("backup_database() {")).toBe("backup_database");
    expect(definedName('app.post("/checkout", async (req, res) => {')).toBe("POST /checkout");
    expect(definedName("const verifySignature = (payload, sig) => {")).toBe("verifySignature");
  });

  it("does not take calls, control flow or declarations for definitions", () => {
    expect(definedName("render(request, page)")).toBeNull();
    expect(definedName("if (len > MAX) {")).toBeNull();
    expect(definedName("return parse(buf, len)")).toBeNull();
    expect(definedName("int parse(const char *s);")).toBeNull();
    expect(definedName("size: parse_octal(&block[124..136])?,")).toBeNull();
    expect(definedName('db.delete("notes", where, args)')).toBeNull();
    expect(definedName("struct cfg *config_open(const char *path) {")).toBe("config_open");
  });

  it("finds the innermost unit holding a range", () => {
    const units = codeUnits(file(["class A:", "    def f(self):", "        x = 1", "        return x", "", "def g():", "    pass"].join("\n")));
    expect(unitsHolding(units, 3, 4).map((u) => u.name)).toEqual(["f", "A"]);
    expect(unitsHolding(units, 3, 7)).toEqual([]);
  });
});
