/**
 * What `check -o` / `import -o` do with the user's files (in process, through the dispatcher): the output is never
 * the input (a symlink or a hard link onto it is refused and the input's bytes stay the same), -o must name an
 * .xlsx (.xlsm for an .xlsm input) and may not be empty, each kind of I/O failure has its own plain line and leaves
 * no file behind, stale temporaries of killed runs are cleaned, and an interrupted write leaves nothing.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import nodeFs from "node:fs";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { runCli, tempDir } from "./support";
import { abortWrites, Interrupted, isTemporaryName, removeStaleTemporaries, resetWrites, temporaryName, writeOutput } from "../../src/cli/output";
import { readErrorMessage, writeErrorMessage } from "../../src/cli/files";
import { strings } from "../../src/strings";

const SEED004 = path.resolve(__dirname, "../fixtures/workbooks/seed004.xlsx");
const PROSE = path.resolve(__dirname, "../fixtures/seeds/002_55b14f99225b71ef.txt");
const root = tempDir("cli-output-");
const t = strings("zh-CN").fileIO;
let n = 0;

/** A fresh folder holding a copy of seed 004 as `name`. */
function folderWithInput(name = "分解表.xlsx"): { dir: string; input: string } {
  const dir = path.join(root, `case-${++n}`);
  fs.mkdirSync(dir);
  const input = path.join(dir, name);
  fs.copyFileSync(SEED004, input);
  return { dir, input };
}

const hash = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const check = (...argv: string[]) => runCli(["check", ...argv, "--as-of", "2022-10-20"]);

/** Exit 2, nothing on stdout, exactly one line on stderr, never a raw system code or a stack trace. */
function refused(r: { code: number; stdout: string; stderr: string }, message: string) {
  expect(r.stdout).toBe("");
  expect(r.stderr).toBe(message + "\n");
  expect(r.code).toBe(2);
  expect(r.stderr).not.toMatch(/\(E[A-Z]+\)|\bE[A-Z]{3,}\b|\n\s+at /);
}

afterEach(() => {
  jest.restoreAllMocks();
  resetWrites();
});

describe("the output is never the input", () => {
  test("-o through a symlink onto the input is refused; the input and the link are unchanged", async () => {
    const { dir, input } = folderWithInput();
    const link = path.join(dir, "结果.xlsx");
    fs.symlinkSync(input, link);
    const before = hash(input);
    refused(await check(input, "-o", link), t.outputIsInput(link, input));
    expect(hash(input)).toBe(before);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(["分解表.xlsx", "结果.xlsx"]);
  });

  test("-o through a hard link onto the input is refused; the input's bytes are unchanged", async () => {
    const { dir, input } = folderWithInput();
    const hard = path.join(dir, "副本.xlsx");
    fs.linkSync(input, hard);
    const before = hash(input);
    refused(await check(input, "-o", hard), t.outputIsInput(hard, input));
    expect(hash(input)).toBe(before);
    expect(fs.statSync(input).nlink).toBe(2);
    expect(fs.readdirSync(dir).sort()).toEqual(["分解表.xlsx", "副本.xlsx"]);
  });

  test("the input named through a symlinked folder, and import onto its own document, are refused too", async () => {
    const { dir, input } = folderWithInput();
    const alias = path.join(root, `alias-${n}`);
    fs.symlinkSync(dir, alias);
    const out = path.join(alias, "分解表.xlsx");
    refused(await check(input, "-o", out), t.outputIsInput(out, input));
    const doc = path.join(dir, "要点.xlsx");
    fs.copyFileSync(PROSE, doc);
    const r = await runCli(["import", doc, "-o", doc]);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(doc).equals(fs.readFileSync(PROSE))).toBe(true);
  });

  test("another existing file named by -o is replaced, and only it", async () => {
    const { dir, input } = folderWithInput();
    const out = path.join(dir, "结果.xlsx");
    const other = path.join(dir, "其他.xlsx");
    fs.writeFileSync(out, "old");
    fs.writeFileSync(other, "keep");
    const before = hash(input);
    const r = await check(input, "-o", out, "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(fs.readFileSync(other, "utf8")).toBe("keep");
    expect(hash(input)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(["其他.xlsx", "分解表.xlsx", "结果.xlsx"]);
  });
});

describe("what -o may name", () => {
  test('-o "" is a usage error (check and import); --output= too', async () => {
    const { input } = folderWithInput();
    refused(await runCli(["check", input, "-o", ""]), strings().cli.check.needValue("-o"));
    refused(await runCli(["import", PROSE, "-o", ""]), strings().importDoc.cli.optionNeedsValue("-o"));
    refused(await runCli(["check", input, "--output="]), t.outputEmpty);
  });

  test("-o must end in .xlsx, or .xlsm for an .xlsm input; any letter case", async () => {
    const { dir, input } = folderWithInput();
    refused(await check(input, "-o", path.join(dir, "out.xlsm")), t.outputExtension(path.join(dir, "out.xlsm"), ".xlsx"));
    refused(await check(input, "-o", path.join(dir, "out")), t.outputExtension(path.join(dir, "out"), ".xlsx"));
    const macro = path.join(dir, "宏.xlsm");
    fs.copyFileSync(input, macro);
    refused(await check(macro, "-o", path.join(dir, "out.xlsx")), t.outputExtension(path.join(dir, "out.xlsx"), ".xlsm"));
    const upper = path.join(dir, "OUT.XLSX");
    expect((await check(input, "-o", upper)).code).toBe(0);
    expect(fs.existsSync(upper)).toBe(true);
  });

  test("a folder as -o, and a folder that does not exist, are named as such before any work", async () => {
    const { dir, input } = folderWithInput();
    const sub = path.join(dir, "sub.xlsx");
    fs.mkdirSync(sub);
    refused(await check(input, "-o", sub), t.outputIsFolder(sub));
    const far = path.join(dir, "没有这个文件夹", "out.xlsx");
    refused(await check(input, "-o", far), t.outputFolderMissing(far, path.dirname(far)));
  });

  test("an output open in Excel/WPS (its ~$ lock file beside it) is not replaced", async () => {
    const { dir, input } = folderWithInput();
    const out = path.join(dir, "结果.xlsx");
    fs.writeFileSync(out, "open in Excel");
    fs.writeFileSync(path.join(dir, "~$结果.xlsx"), "");
    refused(await check(input, "-o", out), t.outputLockFile(out, "~$结果.xlsx"));
    expect(fs.readFileSync(out, "utf8")).toBe("open in Excel");
  });
});

describe("one plain line per I/O failure, and nothing left behind", () => {
  const failing = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

  test.each([
    ["EACCES", "outputNoPermission"],
    ["EPERM", "outputNoPermission"],
    ["ENOSPC", "outputDiskFull"],
    ["EROFS", "outputReadOnly"],
    ["EBUSY", "outputLocked"],
    ["EIO", "outputFailed"],
  ] as const)("%s while writing → %s; the old output stays, no temporary", async (code, key) => {
    const { dir, input } = folderWithInput();
    const out = path.join(dir, "结果.xlsx");
    fs.writeFileSync(out, "previous result");
    // The failure comes from the disk, after the temporary file was created. (nodeFs: the module object itself,
    // which the code under test reads its functions from.)
    jest.spyOn(nodeFs, "write").mockImplementation(((...args: unknown[]) => {
      const cb = args[args.length - 1] as (e: Error) => void;
      process.nextTick(() => cb(failing(code)));
    }) as unknown as typeof fs.write);
    refused(await check(input, "-o", out), t[key](out));
    expect(fs.readFileSync(out, "utf8")).toBe("previous result");
    expect(fs.readdirSync(dir).sort()).toEqual(["分解表.xlsx", "结果.xlsx"]);
  });

  test("a failure creating the temporary file (no permission on the folder) is said as such", async () => {
    const { dir, input } = folderWithInput();
    const out = path.join(dir, "结果.xlsx");
    const open = nodeFs.openSync;
    jest.spyOn(nodeFs, "openSync").mockImplementation(((file: fs.PathLike, ...rest: unknown[]) => {
      if (isTemporaryName(path.basename(String(file)))) throw failing("EACCES");
      return (open as (...a: unknown[]) => number)(file, ...rest);
    }) as typeof fs.openSync);
    refused(await check(input, "-o", out), t.outputNoPermission(out));
    expect(fs.readdirSync(dir)).toEqual(["分解表.xlsx"]);
  });

  test("every kind has its own message, and none shows the system's code", () => {
    const f = "a/b.xlsx";
    const written = ["ENOENT", "EISDIR", "EACCES", "EROFS", "ENOSPC", "EBUSY", "EIO"].map((c) => writeErrorMessage(f, c, "zh-CN"));
    expect(new Set(written).size).toBe(written.length);
    const read = ["EISDIR", "EACCES", "EBUSY", "EIO"].map((c) => readErrorMessage(f, c, "zh-CN"));
    expect(new Set(read).size).toBe(read.length);
    for (const m of [...written, ...read]) expect(m).not.toMatch(/E[A-Z]{3,}/);
    expect(writeErrorMessage(f, "ENOSPC", "en-US")).toMatch(/disk is full/);
  });

  test("reading: a missing file, a missing folder, a folder", async () => {
    const { dir } = folderWithInput();
    const missing = path.join(dir, "没有.xlsx");
    refused(await check(missing), t.inputMissing(missing));
    const far = path.join(dir, "没有这个文件夹", "表.xlsx");
    refused(await check(far), t.inputFolderMissing(far, path.dirname(far)));
    refused(await check(dir), t.inputIsFolder(dir));
  });
});

describe("temporary files", () => {
  test("a killed run's temporary (its process gone) and a day-old one are removed by the next write there; others stay", async () => {
    const { dir, input } = folderWithInput();
    const gone = spawnSync(process.execPath, ["-e", "0"]).pid!; // a process that has ended
    const dead = path.join(dir, temporaryName(path.join(dir, "结果.xlsx"), gone));
    const old = path.join(dir, ".旧.xlsx.breakdown-0000abcd-1-ffff.tmp");
    const fresh = path.join(dir, ".别人.xlsx.breakdown-0000abcd-1-eeee.tmp"); // another machine's, being written now
    const mine = path.join(dir, "notes.tmp");
    for (const f of [dead, old, fresh, mine]) fs.writeFileSync(f, "x");
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    fs.utimesSync(old, twoDaysAgo, twoDaysAgo);
    expect([dead, old, fresh].every((f) => isTemporaryName(path.basename(f)))).toBe(true);
    expect(isTemporaryName("notes.tmp")).toBe(false);

    const r = await check(input, "-o", path.join(dir, "结果.xlsx"));
    expect(r.code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual([path.basename(fresh), "notes.tmp", "分解表.xlsx", "结果.xlsx"].sort());
  });

  test("removeStaleTemporaries keeps the temporaries of running processes", () => {
    const { dir } = folderWithInput();
    const live = path.join(dir, temporaryName(path.join(dir, "x.xlsx"), process.ppid));
    fs.writeFileSync(live, "x");
    expect(removeStaleTemporaries(dir)).toEqual([]);
    expect(fs.existsSync(live)).toBe(true);
  });

  test("stopped while writing (a signal): the temporary is removed and nothing is renamed into place", async () => {
    const { dir } = folderWithInput();
    const out = path.join(dir, "结果.xlsx");
    const writing = writeOutput(out, new Uint8Array(8 << 20), { lang: "zh-CN" });
    // The temporary exists from the first step on; the signal handler calls abortWrites.
    expect(fs.readdirSync(dir).filter(isTemporaryName)).toHaveLength(1);
    abortWrites();
    await expect(writing).rejects.toBeInstanceOf(Interrupted);
    expect(fs.readdirSync(dir)).toEqual(["分解表.xlsx"]);
    // And a write after the stop does not begin.
    await expect(writeOutput(out, new Uint8Array(1), { lang: "zh-CN" })).rejects.toBeInstanceOf(Interrupted);
    expect(fs.existsSync(out)).toBe(false);
  });
});
