/**
 * Reading the user's files, and the one plain line the program says for each kind of file-system error
 * (src/strings fileIO): a missing file or folder, no permission, a read-only or full disk, a file held open by
 * Excel/WPS, a folder where a file was expected, and a general one. Never the system's "(ENOENT)".
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { UsageError } from "./io";
import { strings, type Lang } from "../strings";

/** The error code of a failed system call ("ENOENT", "EACCES" …), or undefined for any other error. */
export function errnoCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

function folderExists(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** The folder a path names, as the user would recognise it ("." for the current one). */
function folderOf(file: string): string {
  return path.dirname(file);
}

/** The line for an error reading `file`. */
export function readErrorMessage(file: string, code: string | undefined, lang: Lang): string {
  const t = strings(lang).fileIO;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return folderExists(folderOf(file)) ? t.inputMissing(file) : t.inputFolderMissing(file, folderOf(file));
    case "EISDIR":
      return t.inputIsFolder(file);
    case "EACCES":
    case "EPERM":
      return t.inputNoPermission(file);
    case "EBUSY":
      return t.inputLocked(file);
    default:
      return t.inputFailed(file);
  }
}

/** The line for an error writing `file` (a folder missing, no permission, disk full, file locked …). */
export function writeErrorMessage(file: string, code: string | undefined, lang: Lang): string {
  const t = strings(lang).fileIO;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return t.outputFolderMissing(file, folderOf(file));
    case "EISDIR":
      return t.outputIsFolder(file);
    case "EACCES":
    case "EPERM":
      return t.outputNoPermission(file);
    case "EROFS":
      return t.outputReadOnly(file);
    case "ENOSPC":
    case "EDQUOT":
      return t.outputDiskFull(file);
    case "EBUSY":
    case "ETXTBSY":
      return t.outputLocked(file);
    default:
      return t.outputFailed(file);
  }
}

/** The whole input file, or a UsageError that says what is wrong with it. */
export function readInputFile(file: string, lang: Lang): Buffer {
  try {
    if (fs.statSync(file).isDirectory()) throw new UsageError(readErrorMessage(file, "EISDIR", lang));
    return fs.readFileSync(file);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(readErrorMessage(file, errnoCode(err), lang));
  }
}
