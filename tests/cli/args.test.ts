/**
 * The shared option reader (src/cli/args.ts) and JSON Lines runner (src/cli/jsonl.ts), on their own and as the
 * commands use them: the mistakes a user makes get the command's own one-line message, first mistake first.
 */
import fc from "fast-check";
import { langArg, readArgs, yearOption, type ArgsSpec, type OptionSpec } from "../../src/cli/args";
import { answerJsonLines, type JsonLinesCommand } from "../../src/cli/jsonl";
import { UsageError } from "../../src/cli/io";
import { memoryIO, runCli } from "./support";

const SPEC = {
  options: {
    json: { type: "boolean" },
    sheet: { type: "string" },
    year: yearOption((v) => `bad year ${v}`),
    out: { type: "string", short: "o", aliases: ["output"] },
    name: { type: "string", nonEmpty: true },
  },
  unknownOption: (a: string) => `unknown ${a}`,
  needValue: (o: string) => `needs ${o}`,
} satisfies ArgsSpec<Record<string, OptionSpec>>;

/** The UsageError message readArgs throws, or what it read. */
function read(argv: string[], spec: ArgsSpec<typeof SPEC.options> = SPEC) {
  try {
    return readArgs(argv, spec);
  } catch (err) {
    if (err instanceof UsageError) return err.message;
    throw err;
  }
}

describe("readArgs", () => {
  it.each<[string[], unknown]>([
    [["a.xlsx", "--json", "--sheet", "分解表"], { values: { json: true, sheet: "分解表" }, positionals: ["a.xlsx"] }],
    [["--sheet=分解表", "a.xlsx"], { values: { sheet: "分解表" }, positionals: ["a.xlsx"] }],
    [["--year", " 2022 "], { values: { year: 2022 }, positionals: [] }],
    [["-o", "x.xlsx"], { values: { out: "x.xlsx" }, positionals: [] }],
    [["--out=x.xlsx"], { values: { out: "x.xlsx" }, positionals: [] }],
    [["--output", "x.xlsx"], { values: { out: "x.xlsx" }, positionals: [] }],
    [["-o", "a.xlsx", "-o", "b.xlsx"], { values: { out: "b.xlsx" }, positionals: [] }],
    [["--sheet", "--json"], { values: { sheet: "--json" }, positionals: [] }],
    [["--sheet", ""], { values: { sheet: "" }, positionals: [] }],
    [["--", "--json", "-o"], { values: {}, positionals: ["--json", "-o"] }],
    [["-", "a"], { values: {}, positionals: ["-", "a"] }],
    [["--name="], { values: { name: "" }, positionals: [] }],
  ])("%j", (argv, expected) => {
    expect(read(argv)).toEqual(expected);
  });

  it.each<[string[], string]>([
    [["--colour"], "unknown --colour"],
    [["--colour=red", "a"], "unknown --colour=red"],
    [["-x"], "unknown -x"],
    [["-5"], "unknown -5"],
    [["--sheet"], "needs --sheet"],
    [["-o"], "needs -o"],
    [["--output"], "needs --output"],
    [["--name", ""], "needs --name"],
    [["--year", "22"], "bad year 22"],
    [["--year", "-2022"], "bad year -2022"],
    [["--year", " 1989"], "bad year 1989"],
    [["--json=1"], "unknown --json=1"],
    [["-ox.xlsx"], "unknown -ox.xlsx"],
    [["-o=x.xlsx"], "unknown -o=x.xlsx"],
    // The first mistake in the order written is the one reported.
    [["--year", "22", "--colour"], "bad year 22"],
    [["--colour", "--year", "22"], "unknown --colour"],
    [["--year", "2022", "--year", "22"], "bad year 22"],
  ])("%j → %s", (argv, message) => {
    expect(read(argv)).toBe(message);
  });

  it("isOption decides which dashed arguments are operands", () => {
    const spec = { ...SPEC, isOption: (a: string) => /^--?[A-Za-z]/.test(a) };
    expect(read(["-5", "--5", "-市", "-5o", "x", "--json"], spec)).toEqual({ values: { json: true }, positionals: ["-5", "--5", "-市", "-5o", "x"] });
    expect(read(["-jx"], spec)).toBe("unknown -jx");
  });

  const word = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !s.startsWith("-"));

  it("after --, every argument is an operand, whatever it looks like", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 8 }), { maxLength: 6 }), (args) => {
        expect(read(["--", ...args])).toEqual({ values: {}, positionals: args });
      }),
    );
  });

  it("--opt=value and --opt value read the same, for any value", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (v) => {
        expect(read(["--sheet=" + v])).toEqual(read(["--sheet", v]));
        expect(read(["--output=" + v])).toEqual(read(["-o", v]));
      }),
    );
  });

  it("options and operands may come in any order", () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 4 }), word, fc.boolean(), fc.nat(), (files, sheet, json, seed) => {
        const options = [["--sheet", sheet], ...(json ? [["--json"]] : [])];
        const groups = [...options, ...files.map((f) => [f])];
        // Options moved around among the operands; the operands keep their order.
        const moved = [...groups.slice(options.length)];
        options.forEach((o, i) => moved.splice((seed + i * 7) % (moved.length + 1), 0, o));
        const expected = { values: json ? { sheet, json: true } : { sheet }, positionals: files };
        expect(read(moved.flat())).toEqual(expected);
      }),
    );
  });

  it("any arguments at all: a result or a UsageError, never another error", () => {
    const arg = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("-", "--", "-o", "--year", "--json", "--sheet=", "-5", "=x"));
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 8 }), (argv) => {
        const r = read(argv);
        expect(typeof r === "string" || Array.isArray(r.positionals)).toBe(true);
      }),
    );
  });

  it("langArg: --lang en-US or --lang=en-US; anything else is zh-CN", () => {
    expect(langArg(["a.xlsx", "--lang", "en-US"])).toBe("en-US");
    expect(langArg(["--lang=en-US", "a.xlsx"])).toBe("en-US");
    expect(langArg(["--lang", "fr"])).toBe("zh-CN");
    expect(langArg(["--lang"])).toBe("zh-CN");
    expect(langArg([])).toBe("zh-CN");
  });
});

describe("answerJsonLines", () => {
  const command: JsonLinesCommand = {
    answer: (v, n) => (typeof v === "string" ? JSON.stringify({ n, text: v }) : { error: `line ${n} is not a string` }),
    notJson: (n) => `line ${n} is not JSON`,
    badLines: (count, first) => `${count} bad, first ${first}`,
  };

  it("answers every line in order: blank lines as \"\", a byte order mark dropped, errors in place, exit 2", async () => {
    const t = memoryIO(['"a"', "", "\ufeff\"b\"", "not json", "5", "  ", '"c"']);
    expect(await answerJsonLines(t.io, command)).toBe(2);
    expect(t.stdout().split("\n")).toEqual([
      '{"n":1,"text":"a"}',
      '{"n":2,"text":""}',
      '{"n":3,"text":"b"}',
      '{"error":"line 4 is not JSON"}',
      '{"error":"line 5 is not a string"}',
      '{"n":6,"text":""}',
      '{"n":7,"text":"c"}',
      "",
    ]);
    expect(t.stderr()).toBe("2 bad, first 4\n");
  });

  it("no bad line: exit 0, nothing on standard error; no input, no output", async () => {
    const t = memoryIO(['"a"']);
    expect(await answerJsonLines(t.io, command)).toBe(0);
    expect(t.stderr()).toBe("");
    const empty = memoryIO([]);
    expect(await answerJsonLines(empty.io, command)).toBe(0);
    expect(empty.stdout()).toBe("");
  });

  it("writes in pieces, not a write per line, and loses nothing", async () => {
    const input = Array.from({ length: 20000 }, (_, i) => JSON.stringify(`第${i}行`));
    const writes: string[] = [];
    const t = memoryIO(input);
    const io = { ...t.io, stdout: (s: string) => void writes.push(s) };
    expect(await answerJsonLines(io, command)).toBe(0);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.length).toBeLessThan(input.length / 100);
    const out = writes.join("").split("\n").slice(0, -1);
    expect(out).toHaveLength(input.length);
    expect(JSON.parse(out[12345])).toEqual({ n: 12346, text: "第12345行" });
  });

  it("one answer per line for any input; the error lines are where the input was not JSON", async () => {
    const line = fc.oneof(fc.string({ maxLength: 10 }).map((s) => JSON.stringify(s)), fc.string({ maxLength: 10 }).filter((s) => !/[\r\n]/.test(s)));
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 30 }), async (lines) => {
        const t = memoryIO(lines);
        const code = await answerJsonLines(t.io, command);
        const out = t.stdout().split("\n").slice(0, -1);
        expect(out).toHaveLength(lines.length);
        const bad = out.map((o, i) => ["error" in JSON.parse(o), i] as const).filter(([e]) => e);
        expect(code).toBe(bad.length ? 2 : 0);
        if (bad.length) expect(t.stderr()).toBe(`${bad.length} bad, first ${bad[0][1] + 1}\n`);
      }),
    );
  });
});

describe("the commands' options (through the dispatcher)", () => {
  it.each<[string[], string]>([
    [["check", "a.xlsx", "--due-soon", "-3"], "“-3”不是有效的天数：--due-soon 请写 0 到 366 之间的整数，如 --due-soon 15。"],
    [["check", "a.xlsx", "--sheet"], "选项 --sheet 后面缺少取值：例如 --sheet 分解表。"],
    [["check", "a.xlsx", "--json=1"], "不认识的选项“--json=1”：可用 --sheet、--year、--as-of、--due-soon、--long-overdue、-o、--json（--help 查看用法）。"],
    [["check", "a.xlsx", "-o=b.xlsx"], "不认识的选项“-o=b.xlsx”：可用 --sheet、--year、--as-of、--due-soon、--long-overdue、-o、--json（--help 查看用法）。"],
    [["check", "a.xlsx", "--", "--json"], "一次只能检查一个文件，多出的参数“--json”：请分开运行。"],
    [["check", "a.xlsx", "--lang=en-US", "--colour"], 'Unknown option "--colour": use --sheet, --year, --as-of, --due-soon, --long-overdue, -o or --json (see --help).'],
    [["import", "a.txt", "-o", ""], "选项“-o”后面缺少值：例如 -o 分解表.xlsx。"],
    [["import", "a.txt", "--output", "a.csv"], "输出文件“a.csv”必须以 .xlsx 结尾：例如 -o 分解表.xlsx。"],
    [["import", "a.txt", "--year="], "“”不是有效的年度：--year 后面请写四位数的年份，如 2022。"],
    [["units", "--header"], "“--header”后面缺少表头文字：例如 --header 牵头单位。"],
    [["units", "-x", "市发改委"], "不认识的选项“-x”：units 只接受 --header 表头（--help 查看用法）。"],
  ])("%j", async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(message + "\n");
  });
});

describe("--help on every command", () => {
  it.each([
    ["deadline", /^用法：breakdown deadline \[--year Y\]/],
    ["units", /^用法：breakdown units \[--header 表头\]/],
    ["check", /^用法：breakdown check FILE\.xlsx .*\n(.*\n)* {2}--due-soon N +多少天内到期/],
    ["import", /^用法：breakdown import DOC\.txt\|DOC\.docx .*\n(.*\n)* {2}-o OUT\.xlsx +把分解表写成/],
  ])("%s --help / -h: the usage on standard output, exit 0, no FILE needed", async (command, usage) => {
    for (const flag of ["--help", "-h"]) {
      const r = await runCli([command, flag]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout).toMatch(usage);
    }
  });

  it("check and import give theirs in English with --lang en-US", async () => {
    expect((await runCli(["check", "--help", "--lang", "en-US"])).stdout).toMatch(/^usage: breakdown check FILE\.xlsx/);
    expect((await runCli(["import", "--lang=en-US", "-h"])).stdout).toMatch(/^usage: breakdown import DOC\.txt/);
  });
});
