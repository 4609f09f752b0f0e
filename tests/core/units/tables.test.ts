/**
 * Table-driven: the seeds' gold (tests/fixtures/gold/seed-units.jsonl), our own table of real forms written by hand
 * (tests/fixtures/units/real-forms.jsonl), and every unit cell and annotation of the five seeds.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { analyseUnits, parseUnits } from "../../../src/core/units";
import { FIXTURES, SHARED, readJsonl, seed004UnitCells, seedAnnotations, type UnitCase } from "./helpers";

const strip = (units: { name: string; role: string; generic: boolean }[]) =>
  units.map(({ name, role, generic }) => ({ name, role, generic }));

describe("gold: seed-units.jsonl", () => {
  const gold = readJsonl<UnitCase>(path.join(SHARED, "gold", "seed-units.jsonl"));

  it("has the cases it should", () => {
    expect(gold.length).toBeGreaterThanOrEqual(20);
  });

  it.each(gold.map((g) => [g.text, g] as const))("%j", (_text, g) => {
    const r = analyseUnits(g.text, { header: g.header });
    expect(strip(r.units)).toEqual(g.units);
    expect(r.rejected).toEqual([]);
  });
});

describe("real forms written by hand (tests/fixtures/units/real-forms.jsonl)", () => {
  const cases = fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".jsonl"))
    .flatMap((f) => readJsonl<UnitCase>(path.join(FIXTURES, f)));

  it("holds at least 80 unit cells", () => {
    expect(cases.filter((c) => c.units.length > 0).length).toBeGreaterThanOrEqual(80);
  });

  it.each(cases.map((c) => [c.text, c] as const))("%j", (_text, c) => {
    const r = analyseUnits(c.text, { header: c.header });
    expect(strip(r.units)).toEqual(c.units);
    expect(r.rejected).toEqual(c.rejected ?? []);
    expect(strip(parseUnits(c.text, { header: c.header }))).toEqual(c.units);
  });
});

describe("every unit cell of the seeds", () => {
  const seeds = path.join(SHARED, "seeds");
  const prose = ["000_4a329ef11e76cb97.txt", "001_91d20c59aa68ae6d.txt", "002_55b14f99225b71ef.txt", "003_2c6f66eac2dcb85f.txt"];
  const annotations = prose.flatMap((f) => seedAnnotations(fs.readFileSync(path.join(seeds, f), "utf8")));

  it("reads every annotation of the prose seeds without a rejected fragment", () => {
    expect(annotations.length).toBeGreaterThan(100);
    for (const a of annotations) {
      const r = analyseUnits(a, { header: "" });
      expect({ a, rejected: r.rejected }).toEqual({ a, rejected: [] });
      expect(r.units.length).toBeGreaterThan(0);
      // 完成时限 never becomes a unit, and labelled segments keep their roles.
      expect(r.units.some((u) => /时限|年|月/.test(u.name))).toBe(false);
      if (/^\s*牵头单位/.test(a)) expect(r.units[0].role).toBe("lead");
    }
  });

  it("reads the 责任单位 column of seed 004: 25 rows, no rejected fragment, 市直各有关部门 rejoined", () => {
    const cells = seed004UnitCells(fs.readFileSync(path.join(seeds, "004_93f9a653648119be.txt"), "utf8"));
    expect(cells.map((c) => c.no)).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1)));
    for (const { cell } of cells) {
      const r = analyseUnits(cell, { header: "责任单位" });
      expect({ cell, rejected: r.rejected }).toEqual({ cell, rejected: [] });
      expect(r.units.length).toBeGreaterThan(0);
      expect(r.units.every((u) => u.role === "responsible")).toBe(true);
    }
    const row2 = analyseUnits(cells[1].cell, { header: "责任单位" });
    expect(strip(row2.units)).toEqual([
      { name: "市司法局", role: "responsible", generic: false },
      { name: "市直各有关部门", role: "responsible", generic: true },
    ]);
  });
});
