/**
 * The Office.js double behaves like Excel where the adapter depends on it. If these fail, the adapter's
 * tests prove nothing.
 */
import { createFakeExcel, type FakeExcel } from "../support/fake-excel";

function fake(opts: Parameters<typeof createFakeExcel>[1] = {}): FakeExcel {
  return createFakeExcel(
    {
      sheets: [
        { name: "表", values: [["标题"], ["a", "b"], [1, 2]], merges: [{ row: 0, col: 0, rows: 1, cols: 2 }] },
        { name: "其他", values: [["x"]] },
      ],
    },
    opts,
  );
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as { code: string }).code;
  }
  return "no error";
}

describe("load semantics", () => {
  test("a property is readable only after load + sync; PropertyNotLoaded before", async () => {
    const f = fake();
    await f.excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("表").getRange("A2:B3");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      r.load("values");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(r.values).toEqual([["a", "b"], [1, 2]]);
      expect(() => r.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("commands are queued and run at sync, in order", async () => {
    const f = fake();
    await f.excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("其他").getRange("A1");
      r.values = [["y"]];
      expect(f.model.cell("其他", 1, 1)?.value).toBe("x");
      await ctx.sync();
      expect(f.model.cell("其他", 1, 1)?.value).toBe("y");
    });
  });

  test("an unknown sheet fails the sync with ItemNotFound; OrNullObject gives a null object", async () => {
    const f = fake();
    await f.excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("没有").load("name");
      expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
      const n = ctx.workbook.worksheets.getItemOrNullObject("没有").load("name");
      await ctx.sync();
      expect(n.isNullObject).toBe(true);
    });
  });
});

describe("values written like Excel writes them", () => {
  test('"=…", "+…", "-…" become formulas unless the cell is formatted "@"; numeric text a number; ISO text a date; null leaves a cell; "" clears it', async () => {
    const f = fake();
    await f.excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("其他");
      ws.getRange("A2:F2").values = [["=1+1", "123", "+市发改委", "纯文本", "-5", "2022-10-20"]];
      const t = ws.getRange("A3:C3");
      t.numberFormat = [["@", "@", "@"]];
      t.values = [["=1+1", "123", "2022-10-20"]];
      ws.getRange("A1:B1").values = [[null, "新"]];
      await ctx.sync();
    });
    expect(f.model.cell("其他", 2, 1)).toMatchObject({ formula: "=1+1", value: null });
    expect(f.model.cell("其他", 2, 2)?.value).toBe(123);
    expect(f.model.cell("其他", 2, 3)).toMatchObject({ formula: "=+市发改委", value: null });
    expect(f.model.cell("其他", 2, 4)?.value).toBe("纯文本");
    expect(f.model.cell("其他", 2, 5)?.value).toBe(-5);
    expect(f.model.cell("其他", 2, 6)).toMatchObject({ value: 44854, numberFormat: "yyyy-mm-dd" });
    expect(f.model.cell("其他", 3, 3)?.value).toBe("2022-10-20");
    expect(f.model.cell("其他", 3, 1)).toMatchObject({ value: "=1+1" });
    expect(f.model.cell("其他", 3, 1)?.formula).toBeUndefined();
    expect(f.model.cell("其他", 3, 2)?.value).toBe("123");
    expect(f.model.cell("其他", 1, 1)?.value).toBe("x");
    await f.excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("其他").getRange("A1").values = [[""]];
    });
    expect(f.model.cell("其他", 1, 1)?.value).toBeNull();
  });

  test("an array that does not fit the range is refused", async () => {
    const f = fake();
    expect(
      await codeOf(
        f.excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("其他").getRange("A1:B1").values = [["only one"]];
        }),
      ),
    ).toBe("InvalidArgument");
  });
});

describe("sheet names", () => {
  test.each([
    ["a".repeat(32), "InvalidArgument"],
    ["含[方括号]", "InvalidArgument"],
    ["a/b", "InvalidArgument"],
    ["问号?", "InvalidArgument"],
    ["'引号", "InvalidArgument"],
    ["History", "InvalidArgument"],
    ["其他", "ItemAlreadyExists"],
    ["表", "ItemAlreadyExists"],
  ])("adding %j fails with %s", async (name, code) => {
    const f = fake();
    expect(await codeOf(f.excel.run(async (ctx) => void ctx.workbook.worksheets.add(name)))).toBe(code);
  });

  test("uniqueness ignores case; 31 characters are fine", async () => {
    const f = createFakeExcel({ sheets: [{ name: "Summary" }] });
    expect(await codeOf(f.excel.run(async (ctx) => void ctx.workbook.worksheets.add("SUMMARY")))).toBe("ItemAlreadyExists");
    await f.excel.run(async (ctx) => void ctx.workbook.worksheets.add("a".repeat(31)));
    expect(f.model.sheets.map((s) => s.name)).toEqual(["Summary", "a".repeat(31)]);
    expect(
      await codeOf(
        f.excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("a".repeat(31)).name = "summary";
        }),
      ),
    ).toBe("InvalidArgument");
  });
});

describe("limits and failures", () => {
  test("a request over 5 MB is rejected whole with RequestPayloadSizeLimitExceeded; sizes are counted", async () => {
    const f = fake();
    const big = Array.from({ length: 60_000 }, (_, i) => [`第${i}行：` + "很长的文字".repeat(6)]);
    expect(
      await codeOf(
        f.excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("其他").getRange(`A1:A${big.length}`).values = big;
        }),
      ),
    ).toBe("RequestPayloadSizeLimitExceeded");
    expect(f.model.cell("其他", 1, 1)?.value).toBe("x");
    expect(Math.max(...f.stats.requestSizes)).toBeGreaterThan(5 * 1024 * 1024);
    f.resetStats();
    await f.excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("其他").getRange(`A1:A1000`).values = big.slice(0, 1000);
    });
    expect(f.stats.syncs).toBe(1);
    expect(f.stats.requestSizes[0]).toBeGreaterThan(1000 * 30);
  });

  test("a protected sheet refuses writes with AccessDenied; reading still works", async () => {
    const f = fake();
    f.model.findSheet("表")!.protected = true;
    expect(await codeOf(f.excel.run(async (ctx) => void (ctx.workbook.worksheets.getItem("表").getRange("C1").values = [["x"]])))).toBe("AccessDenied");
    await f.excel.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem("表").protection.load("protected");
      await ctx.sync();
      expect(p.protected).toBe(true);
    });
  });

  test("cell edit mode rejects whole syncs until it ends", async () => {
    const f = fake({ cellEditSyncs: 1 });
    const write = () => f.excel.run(async (ctx) => void (ctx.workbook.worksheets.getItem("其他").getRange("B1").values = [["y"]]));
    expect(await codeOf(write())).toBe("InvalidOperationInCellEditMode");
    expect(f.model.cell("其他", 1, 2)).toBeUndefined();
    await write();
    expect(f.model.cell("其他", 1, 2)?.value).toBe("y");
  });

  test("APIs above the supported requirement set fail with ApiNotFound; isSetSupported answers", async () => {
    const f = fake({ apiVersion: "1.5" });
    expect(f.office.context.requirements.isSetSupported("ExcelApi", "1.5")).toBe(true);
    expect(f.office.context.requirements.isSetSupported("ExcelApi", "1.6")).toBe(false);
    expect(f.office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(await codeOf(f.excel.run(async (ctx) => ctx.workbook.application.suspendApiCalculationUntilNextSync()))).toBe("ApiNotFound");
    expect(
      await codeOf(
        f.excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("表").getRange("A1:B3").getMergedAreasOrNullObject().load("address");
        }),
      ),
    ).toBe("ApiNotFound");
  });

  test("merged areas: addresses, a null object when none, failure above 512 areas", async () => {
    const f = fake();
    await f.excel.run(async (ctx) => {
      const m = ctx.workbook.worksheets.getItem("表").getRange("A1:B3").getMergedAreasOrNullObject().load("address");
      const none = ctx.workbook.worksheets.getItem("其他").getRange("A1:B3").getMergedAreasOrNullObject().load("address");
      await ctx.sync();
      expect(m.address).toBe("'表'!A1:B1");
      expect(none.isNullObject).toBe(true);
    });
    const many = createFakeExcel({ sheets: [{ name: "S", merges: Array.from({ length: 513 }, (_, i) => ({ row: i * 2, col: 0, rows: 2, cols: 1 })) }] });
    expect(
      await codeOf(
        many.excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("S").getRange("A1:A2000").getMergedAreasOrNullObject().load("address");
        }),
      ),
    ).toBe("GeneralException");
  });

  test("a failing command stops the batch: earlier commands stay applied, later ones never run", async () => {
    const f = fake({ failSync: { sync: 1, afterCommands: 1, code: "GeneralException" } });
    expect(
      await codeOf(
        f.excel.run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem("其他");
          ws.getRange("B1").values = [["first"]];
          ws.getRange("C1").values = [["second"]];
        }),
      ),
    ).toBe("GeneralException");
    expect(f.model.cell("其他", 1, 2)?.value).toBe("first");
    expect(f.model.cell("其他", 1, 3)).toBeUndefined();
  });

  test("a conditional format is added at the top priority; its formula must start with =", async () => {
    const f = fake();
    await f.excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("表").getRange("A2:B3");
      const a = r.conditionalFormats.add("Custom");
      a.custom.rule.formula = "=A2>1";
      const b = r.conditionalFormats.add("Custom");
      b.custom.rule.formula = "=A2>2";
    });
    expect(f.model.findSheet("表")!.conditionalFormats.map((c) => c.formula)).toEqual(["=A2>2", "=A2>1"]);
    expect(
      await codeOf(
        f.excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("表").getRange("A2").conditionalFormats.add("Custom").custom.rule.formula = "A2>1";
        }),
      ),
    ).toBe("InvalidArgument");
  });

  test("document settings persist only through saveAsync", async () => {
    const f = fake();
    const s = f.office.context.document.settings;
    s.set("k", { a: 1 });
    expect(s.get("k")).toEqual({ a: 1 });
    expect(f.savedSettings).toEqual({});
    await new Promise<void>((resolve) => s.saveAsync(() => resolve()));
    expect(f.savedSettings).toEqual({ k: { a: 1 } });
  });
});
