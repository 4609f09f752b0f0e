/**
 * Cancel inside Excel (issue 13): possible until the write batch starts — the workbook is then exactly as
 * before — and refused once writing began (the batch is applied whole, never half).
 */
import { buildSeed004Workbook } from "../fixtures/build-workbooks";
import { createExcelHost } from "../../src/excel/host";
import type { HostSettings } from "../../src/app/host";
import { strings } from "../../src/strings";
import { fakeWorkbook, initFromExcelJs, snapshotFake } from "./support";

const SETTINGS: HostSettings = { year: null, asOf: "2022-10-20", dueSoonDays: 15, sheet: null };

async function setup() {
  const wb = await buildSeed004Workbook();
  const fake = fakeWorkbook(initFromExcelJs(wb, "分解表"));
  const host = createExcelHost({ excel: fake.excel, office: fake.office, now: () => new Date(2022, 9, 20, 9, 30), builtAt: () => "2022-10-20T09:30:00" });
  return { fake, host };
}

test("cancelled while reading: nothing written, the run says it was cancelled", async () => {
  const { fake, host } = await setup();
  const before = JSON.stringify(snapshotFake(fake.model));
  let asked: boolean | null = null;
  const run = host.run("runAll", SETTINGS, (_f, label) => {
    if (label === "check" && asked === null) asked = host.cancel!();
  });
  await expect(run).rejects.toMatchObject({ code: "cancelled", message: strings("zh-CN").pane.cancelledExcel });
  expect(asked).toBe(true);
  expect(JSON.stringify(snapshotFake(fake.model))).toBe(before);
});

test("once the write batch started a cancel is refused and the run completes whole", async () => {
  const { fake, host } = await setup();
  const before = JSON.stringify(snapshotFake(fake.model));
  const answers: boolean[] = [];
  const out = await host.run("runAll", SETTINGS, (_f, label) => {
    if (label === "sheets" || label === "columns" || label === "write") answers.push(host.cancel!());
  });
  expect(answers.length).toBeGreaterThan(0);
  expect(answers.every((a) => a === false)).toBe(true);
  expect(out.plan?.sheets.length).toBeGreaterThan(0);
  expect(JSON.stringify(snapshotFake(fake.model))).not.toBe(before);
  expect(host.cancel!()).toBe(false); // nothing running
});
