/**
 * Big workbooks for the memory / time figures (not run by jest: minutes of work):
 *   npx tsx tests/formats/corpus/make-big.ts /tmp/big
 * writes big-10k.xlsx (10,000 task rows), big-30mb.xlsx and big-50mb.xlsx (about 30 / 50 MB on disk), then
 *   /usr/bin/time -v npm run --silent cli -- check /tmp/big/big-50mb.xlsx --json > /dev/null
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { bigWorkbook } from "./xlsx";

const dir = process.argv[2] ?? "/tmp/big";
fs.mkdirSync(dir, { recursive: true });
const make = (name: string, rows: number, noise: number): void => {
  const t0 = Date.now();
  const b = bigWorkbook(rows, noise, 1);
  fs.writeFileSync(path.join(dir, name), b);
  console.log(`${name}: ${rows} rows, ${(b.length / 1048576).toFixed(1)} MB, made in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
};
if (!fs.existsSync(path.join(dir, "big-10k.xlsx"))) make("big-10k.xlsx", 10_000, 60);
make("big-30mb.xlsx", 97_000, 400);
make("big-50mb.xlsx", 167_000, 400);
