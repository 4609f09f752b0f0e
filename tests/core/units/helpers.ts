/** Shared by the units tests: reading the gold and fixture tables, and the seeds' unit cells. */
import * as path from "node:path";
import type { UnitRole } from "../../../src/core/types";
import { FIXTURES_DIR } from "../../fixtures/paths";

export const SHARED = FIXTURES_DIR;
export const FIXTURES = path.resolve(__dirname, "../../fixtures/units");

export interface UnitCase {
  text: string;
  header: string;
  units: { name: string; role: UnitRole; generic: boolean }[];
  rejected?: string[];
}

export { readJsonl } from "../../support/jsonl";

/** Annotations 〔牵头单位：…；责任单位：…〕 / (牵头单位:…) / （责任单位：…） of the prose seeds, brackets matched. */
export function seedAnnotations(text: string): string[] {
  const OPEN = "（(〔";
  const CLOSE = "）)〕";
  const out: string[] = [];
  for (const m of text.matchAll(/[（(〔](?=\s*(?:牵头单位|责任单位|责任部门)\s*[:：])/g)) {
    const start = m.index ?? 0;
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      if (OPEN.includes(text[i])) depth++;
      else if (CLOSE.includes(text[i])) {
        depth--;
        if (depth === 0) {
          out.push(text.slice(start + 1, i));
          break;
        }
      }
    }
  }
  return out;
}

/**
 * Seed 004 is a table exported as text: a line starting with a tab opens a cell, other lines continue it.
 * After the title and the four header cells, each row is five cells: section, 序号, 工作要求, 责任单位, 时限.
 */
export function seed004UnitCells(text: string): { no: string; cell: string }[] {
  const cells: string[] = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (line.startsWith("\t")) cells.push(line.slice(1));
    else if (cells.length) cells[cells.length - 1] += "\n" + line;
  }
  const body = cells.slice(4).map((c) => c.replace(/\n+$/, ""));
  const out: { no: string; cell: string }[] = [];
  for (let i = 0; i + 4 < body.length; i += 5) out.push({ no: body[i + 1], cell: body[i + 3] });
  return out;
}
