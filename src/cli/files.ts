import * as fs from "node:fs";
import * as path from "node:path";
import { UsageError } from "./io";

/**
 * Write through a temporary file beside the target, then rename: a failure (disk full, no permission, the
 * target open in Excel) never leaves half a workbook behind. `message` turns the system's error code into the
 * one line the user reads.
 */
export function writeAtomically(file: string, bytes: Uint8Array, message: (code: string) => string): void {
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file);
  } catch (err) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      /* nothing more to clean */
    }
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(message(code ?? String(err)));
  }
}
