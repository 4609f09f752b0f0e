/** JSON Lines fixtures (gold sets, phrase collections): one JSON value a line, blank lines skipped. */
import * as fs from "node:fs";

/** The values of a .jsonl file; `missingOk`: [] when the file does not exist. */
export function readJsonl<T>(file: string, opts: { missingOk?: boolean } = {}): T[] {
  if (opts.missingOk && !fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}
