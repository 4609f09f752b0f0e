/**
 * Writing an output file safely.
 *
 * - checkOutputPath, before any work: `-o ""` is a usage error; the name must end in the extension of what is
 *   written (.xlsx, or .xlsm for an .xlsm input); the output may not be the input — compared by device and
 *   inode, so a symlink, a hard link or the same name in other letter case on a case-folding file system is
 *   refused; the folder must exist; a file open in Excel/WPS (its `~$NAME` lock file beside it) is refused.
 * - writeOutput writes a temporary file beside the target (created exclusively, so no existing file is ever
 *   touched) and renames it over the target: only the file named by -o is replaced, and a failure leaves
 *   nothing half-written. Temporaries are named `.NAME.breakdown-HOST-PID-RANDOM.tmp`: a later write into the
 *   same folder removes those whose process is gone (same host) or that are over a day old, so a run killed
 *   between write and rename (SIGKILL, power cut) leaves no junk for long.
 * - abortWrites (called on SIGINT/SIGTERM and a closed pipe) removes the temporary being written and stops any
 *   rename: an interrupted run leaves no output and no temporary file.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { UsageError } from "./io";
import { errnoCode, writeErrorMessage } from "./files";
import { strings, type Lang } from "../strings";

/** Temporaries older than this are stale whoever made them (another machine on a shared folder, a reused pid). */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

const HOST = crypto.createHash("sha256").update(os.hostname()).digest("hex").slice(0, 8);
const TEMP_RE = /^\..*\.breakdown-([0-9a-f]{8})-(\d+)-[0-9a-z]+\.tmp$/;

/** The name of a new temporary file for `target` (in the same folder). */
export function temporaryName(target: string, pid = process.pid): string {
  return `.${path.basename(target)}.breakdown-${HOST}-${pid}-${crypto.randomBytes(4).toString("hex")}.tmp`;
}

/** Whether `name` is one of this program's temporaries. */
export function isTemporaryName(name: string): boolean {
  return TEMP_RE.test(name);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errnoCode(err) === "EPERM"; // it exists, it is someone else's
  }
}

/** Removes this program's stale temporaries from `dir`; returns the names removed. Never throws. */
export function removeStaleTemporaries(dir: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP_RE.exec(name);
    if (!m) continue;
    const file = path.join(dir, name);
    const pid = Number(m[2]);
    let stale = m[1] === HOST && pid !== process.pid && !processAlive(pid);
    if (!stale) {
      try {
        stale = now - fs.lstatSync(file).mtimeMs > STALE_AFTER_MS;
      } catch {
        continue;
      }
    }
    if (!stale) continue;
    try {
      fs.rmSync(file, { force: true });
      removed.push(name);
    } catch {
      /* someone else's problem: leave it */
    }
  }
  return removed;
}

// ───────────── interruption ─────────────

/** Temporaries being written now. */
const live = new Set<string>();
let stopping = false;

/** The run was stopped (a signal, a closed pipe) while writing. */
export class Interrupted extends Error {
  constructor() {
    super("interrupted");
    this.name = "Interrupted";
  }
}

/** Stop writing: remove the temporaries being written and refuse any rename from now on. Synchronous. */
export function abortWrites(): void {
  stopping = true;
  for (const file of live) {
    try {
      fs.rmSync(file, { force: true });
    } catch {
      /* nothing more can be done */
    }
  }
  live.clear();
}

/** For tests: back to the state of a fresh process. */
export function resetWrites(): void {
  stopping = false;
  live.clear();
}

// ───────────── identity and checks ─────────────

const FOLDS_CASE = process.platform === "win32" || process.platform === "darwin";

function realPath(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return path.resolve(p);
  }
}

/** Whether `a` and `b` are the same file: the same device and inode (a symlink or hard link counts), or the same real path. */
export function sameFile(a: string, b: string): boolean {
  let sa: fs.BigIntStats;
  let sb: fs.BigIntStats;
  try {
    sa = fs.statSync(a, { bigint: true });
    sb = fs.statSync(b, { bigint: true });
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
  if (sa.ino !== 0n && sb.ino !== 0n) return sa.dev === sb.dev && sa.ino === sb.ino;
  // No inode numbers (some network and FAT volumes): the real paths, ignoring case where the system does.
  const ra = realPath(a);
  const rb = realPath(b);
  return FOLDS_CASE ? ra.toLowerCase() === rb.toLowerCase() : ra === rb;
}

/** The lock file Excel/WPS (`~$NAME`) or LibreOffice (`.~lock.NAME#`) keeps beside an open `file`, if any. */
export function lockFileBeside(file: string): string | null {
  const dir = path.dirname(file);
  const base = path.basename(file);
  for (const lock of [`~$${base}`, `.~lock.${base}#`]) if (fs.existsSync(path.join(dir, lock))) return lock;
  return null;
}

/** The extension of the workbook written for `input`: .xlsm for an .xlsm input (macros kept), else .xlsx. */
export function workbookExtension(input: string | undefined): ".xlsx" | ".xlsm" {
  return input !== undefined && path.extname(input).toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
}

export interface OutputOptions {
  /** The file being read: the output may never be it. */
  input?: string;
  /** Accepted extensions, lower case, the first one named in the message (default: workbookExtension(input)). */
  extensions?: readonly string[];
  lang: Lang;
}

function refuseTarget(out: string, opts: OutputOptions): void {
  const t = strings(opts.lang).fileIO;
  if (opts.input !== undefined && sameFile(opts.input, out)) throw new UsageError(t.outputIsInput(out, opts.input));
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(out);
  } catch {
    st = undefined;
  }
  if (st?.isDirectory()) throw new UsageError(t.outputIsFolder(out));
  if (st) {
    const lock = lockFileBeside(out);
    if (lock) throw new UsageError(t.outputLockFile(out, lock));
  }
}

/** Checks `-o OUT` before any work is done; throws a UsageError saying what to change. */
export function checkOutputPath(out: string, opts: OutputOptions): void {
  const t = strings(opts.lang).fileIO;
  if (out.trim() === "") throw new UsageError(t.outputEmpty);
  const extensions = opts.extensions ?? [workbookExtension(opts.input)];
  if (!extensions.includes(path.extname(out).toLowerCase())) throw new UsageError(t.outputExtension(out, extensions[0]));
  refuseTarget(out, opts);
  const dir = path.dirname(out);
  let dirOk = false;
  try {
    dirOk = fs.statSync(dir).isDirectory();
  } catch {
    dirOk = false;
  }
  if (!dirOk) throw new UsageError(t.outputFolderMissing(out, dir));
}

// ───────────── writing ─────────────

function writeChunk(fd: number, bytes: Uint8Array, offset: number): Promise<number> {
  return new Promise((resolve, reject) =>
    fs.write(fd, bytes, offset, bytes.length - offset, null, (err, n) => (err ? reject(err) : resolve(n))),
  );
}

/**
 * Writes `bytes` to `out` through a temporary file and a rename (see the top of this file). Throws a
 * UsageError with one plain line for any failure, or Interrupted when abortWrites was called meanwhile.
 */
export async function writeOutput(out: string, bytes: Uint8Array, opts: OutputOptions): Promise<void> {
  if (stopping) throw new Interrupted();
  refuseTarget(out, opts); // again: the file may have appeared while the work was done
  const dir = path.dirname(path.resolve(out));
  removeStaleTemporaries(dir);
  const tmp = path.join(dir, temporaryName(out));
  let fd: number;
  live.add(tmp); // registered before it exists: a signal from now on removes it
  try {
    fd = fs.openSync(tmp, "wx");
  } catch (err) {
    live.delete(tmp);
    throw new UsageError(writeErrorMessage(out, errnoCode(err), opts.lang));
  }
  let closed = false;
  try {
    for (let done = 0; done < bytes.length; ) done += await writeChunk(fd, bytes, done);
    fs.closeSync(fd);
    closed = true;
    if (stopping) throw new Interrupted();
    try {
      fs.renameSync(tmp, out);
    } catch (err) {
      // Windows refuses to replace a file another program holds open with EPERM/EACCES.
      const code = errnoCode(err);
      const held = process.platform === "win32" && (code === "EPERM" || code === "EACCES") && fs.existsSync(out);
      throw held ? Object.assign(new Error("locked"), { code: "EBUSY" }) : err;
    }
    live.delete(tmp);
  } catch (err) {
    if (!closed) {
      try {
        fs.closeSync(fd);
      } catch {
        /* already closed */
      }
    }
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      /* left for the next run's clean-up */
    }
    live.delete(tmp);
    if (err instanceof Interrupted || err instanceof UsageError) throw err;
    throw new UsageError(writeErrorMessage(out, errnoCode(err), opts.lang));
  }
}
