/** `breakdown units` as a user runs it, through the dispatcher in this process (standard input given as text). */
import * as path from "node:path";
import { SHARED, readJsonl, type UnitCase } from "./helpers";
import { runCli, runCliInput } from "../../cli/support";

const cli = (args: string[], input?: string) => runCliInput(["units", ...args], input);

const gold = readJsonl<UnitCase>(path.join(SHARED, "gold", "seed-units.jsonl"));
const plain = (units: { name: string; role: string; generic: boolean }[]) =>
  units.map(({ name, role, generic }) => ({ name, role, generic }));

describe("breakdown units", () => {
  it("prints one JSON object per argument, in order, with --header giving the role", async () => {
    const r = await cli(["--header", "牵头单位", "市发改委、市财政局", "各县、区人民政府", "市卫健委牵头，各区政府配合"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = r.lines.map((l) => JSON.parse(l));
    expect(out.map((o) => o.text)).toEqual(["市发改委、市财政局", "各县、区人民政府", "市卫健委牵头，各区政府配合"]);
    expect(Object.keys(out[0])).toEqual(["text", "units"]);
    expect(out[0].units).toEqual([
      { name: "市发改委", role: "lead", generic: false, canonical: "市发展和改革委员会" },
      { name: "市财政局", role: "lead", generic: false },
    ]);
    expect(plain(out[1].units)).toEqual([{ name: "各县、区人民政府", role: "lead", generic: true }]);
    expect(plain(out[2].units)).toEqual([
      { name: "市卫健委", role: "lead", generic: false },
      { name: "各区政府", role: "cooperate", generic: true },
    ]);
  });

  it("reads JSON Lines from standard input: strings and {text, header}, one answer a line, in one process", async () => {
    const lines: string[] = [];
    for (let i = 0; i < 10; i++) for (const g of gold) lines.push(JSON.stringify({ text: g.text, header: g.header }));
    lines.push(JSON.stringify("市司法局等市直\n各有关部门"));
    const r = await cli(["--header", "配合单位"], lines.join("\n") + "\n");
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(lines.length);
    r.lines.slice(0, gold.length * 10).forEach((l, i) => {
      const o = JSON.parse(l);
      const g = gold[i % gold.length];
      expect(o.text).toBe(g.text);
      expect(plain(o.units)).toEqual(g.units);
    });
    // A bare string takes --header's role.
    expect(plain(JSON.parse(r.lines[r.lines.length - 1]).units)).toEqual([
      { name: "市司法局", role: "cooperate", generic: false },
      { name: "市直各有关部门", role: "cooperate", generic: true },
    ]);
  });

  it("answers a line that is not JSON with {error}, keeps going, and exits 2 with one line on stderr", async () => {
    const r = await cli([], ['"市发改委"', "市财政局", '{"text": "各科室", "header": "配合单位"}', "[1,2]"].join("\n") + "\n");
    expect(r.code).toBe(2);
    expect(r.lines).toHaveLength(4);
    expect(JSON.parse(r.lines[0]).units[0].name).toBe("市发改委");
    expect(Object.keys(JSON.parse(r.lines[1]))).toEqual(["error"]);
    expect(JSON.parse(r.lines[1]).error).toContain("第2行");
    expect(plain(JSON.parse(r.lines[2]).units)).toEqual([{ name: "各科室", role: "cooperate", generic: true }]);
    expect(Object.keys(JSON.parse(r.lines[3]))).toEqual(["error"]);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/2 行/);
    expect(r.stderr).not.toMatch(/at .*\.ts|Error:/);
  });

  it("rejects a bad option with exit 2 and one line that says what to do", async () => {
    for (const args of [["--foo", "市发改委"], ["--header"]]) {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(/--header/);
    }
  });

  it("prints its usage with --help", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/breakdown units/);
  });

  it("a byte order mark at the start of a line is not read as text; a cell may start with a dash", async () => {
    const r = await runCli(["units"], ['\ufeff"市发改委"', '\ufeff{"text": "市财政局"}']);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => JSON.parse(l).units[0].name)).toEqual(["市发改委", "市财政局"]);
    const dash = await runCli(["units", "-", "-1"]);
    expect(dash.code).toBe(0);
    expect(dash.lines.map((l) => JSON.parse(l).text)).toEqual(["-", "-1"]);
  });
});
