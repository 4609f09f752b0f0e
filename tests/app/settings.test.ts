/** The one settings validator (src/app/settings): the same values are accepted by every reader. */
import { parseStoredSettings, readAsOf, readDueSoonDays, readLongOverdueDays, readYear, SETTINGS_BOUNDS } from "../../src/app/settings";
import { formFromSettings, settingsFromForm } from "../../src/taskpane/logic";
import { DEFAULT_SETTINGS } from "../../src/app/host";
import { parseYearField } from "../../src/taskpane/import/logic";
import { yearOption } from "../../src/cli/args";
import { parseCheckArgs } from "../../src/cli/commands/check";
import { strings } from "../../src/strings";

const ui = strings("zh-CN").ui;

test("the bounds: years 1990–2100, due-soon 0–366, 挂牌 1–366", () => {
  expect(SETTINGS_BOUNDS).toEqual({ year: { min: 1990, max: 2100 }, dueSoonDays: { min: 0, max: 366 }, longOverdueDays: { min: 1, max: 366 } });
});

test.each([
  ["1990", 1990],
  ["2100", 2100],
  [" 2022 ", 2022],
  ["２０２２", 2022],
  ["1989", null],
  ["2101", null],
  ["22", null],
  ["-2022", null],
  ["", null],
] as const)("year %j → %j in the form, the import view, the CLI and stored settings", (text, expected) => {
  expect(readYear(text)).toBe(expected);
  const form = settingsFromForm({ year: text, asOf: "", dueSoonDays: "15", sheet: null }, ui);
  if (text === "") expect(form.settings?.year).toBeNull();
  else expect(form.settings?.year ?? null).toBe(expected);
  const field = parseYearField(text);
  if (text === "") expect(field).toEqual({ ok: true, year: null });
  else expect(field).toEqual(expected === null ? { ok: false } : { ok: true, year: expected });
  const read = yearOption((v) => `bad ${v}`).read!;
  if (expected === null) expect(() => read(text)).toThrow(/bad/);
  else expect(read(text)).toBe(expected);
});

test.each([
  ["0", 0],
  ["366", 366],
  ["３０", 30],
  ["367", null],
  ["-1", null],
  ["1.5", null],
  ["", null],
] as const)("due-soon %j → %j in the form, the CLI and stored settings", (text, expected) => {
  expect(readDueSoonDays(text)).toBe(expected);
  const form = settingsFromForm({ year: "", asOf: "", dueSoonDays: text, sheet: null }, ui);
  expect(form.settings?.dueSoonDays ?? null).toBe(expected);
  if (expected === null) expect(() => parseCheckArgs(["a.xlsx", "--due-soon", text])).toThrow();
  else expect(parseCheckArgs(["a.xlsx", "--due-soon", text]).dueSoonDays).toBe(expected);
});

test.each([
  ["1", 1],
  ["366", 366],
  ["６０", 60],
  [" 45 ", 45],
  ["0", null],
  ["367", null],
  ["-5", null],
  ["2.5", null],
  ["", null],
  ["三十", null],
] as const)("挂牌 (long-overdue) days %j → %j in the pane's form, the CLI and stored settings", (text, expected) => {
  expect(readLongOverdueDays(text)).toBe(expected);
  const form = settingsFromForm({ year: "", asOf: "", dueSoonDays: "15", longOverdueDays: text, sheet: null }, ui);
  expect(form.settings?.longOverdueDays ?? null).toBe(expected);
  // A refused value: the form says, in Chinese, what to write instead; the other fields keep no message.
  if (expected === null) expect(form.errors).toEqual({ longOverdueDays: "挂牌督办天数应为 1 到 366 之间的整数，例如 30。" });
  else expect(form.errors).toEqual({});
  if (expected === null) expect(() => parseCheckArgs(["a.xlsx", "--long-overdue", text])).toThrow(/--long-overdue/);
  else expect(parseCheckArgs(["a.xlsx", "--long-overdue", text]).longOverdueDays).toBe(expected);
  expect(parseStoredSettings({ longOverdueDays: expected ?? Number(text) }).longOverdueDays).toBe(expected ?? undefined);
});

test("the form shows the stored 挂牌 days (default 30) and gives them back", () => {
  expect(formFromSettings(DEFAULT_SETTINGS).longOverdueDays).toBe("30");
  const form = formFromSettings({ ...DEFAULT_SETTINGS, longOverdueDays: 45 });
  expect(form.longOverdueDays).toBe("45");
  expect(settingsFromForm(form, ui).settings?.longOverdueDays).toBe(45);
});

test("stored settings keep only values within the same bounds", () => {
  expect(parseStoredSettings({ year: 1990, dueSoonDays: 366, asOf: "2022-11-01", sheet: "总表" })).toEqual({ year: 1990, dueSoonDays: 366, asOf: "2022-11-01", sheet: "总表" });
  expect(parseStoredSettings({ year: 1989, dueSoonDays: 367 })).toEqual({});
  expect(parseStoredSettings({ year: 2101, dueSoonDays: -1 })).toEqual({});
  expect(parseStoredSettings({ year: null, asOf: null, sheet: null })).toEqual({ year: null, asOf: null, sheet: null });
});

test("as-of: real dates only, full-width digits accepted", () => {
  expect(readAsOf("2024-02-29")).toBe("2024-02-29");
  expect(readAsOf("２０２２-１１-０１")).toBe("2022-11-01");
  expect(readAsOf("2022-02-29")).toBeNull();
  expect(readAsOf("2022/10/01")).toBeNull();
  expect(parseStoredSettings({ asOf: "2022-02-30" })).toEqual({});
  expect(parseCheckArgs(["a.xlsx", "--as-of", "２０２２-１１-０１"]).asOf).toBe("2022-11-01");
});

describe("督办 settings: 报送时限 and the protection password", () => {
  const { readReportBy, readCyclePassword } = jest.requireActual<typeof import("../../src/app/settings")>("../../src/app/settings");
  test("报送时限: a date normalised, a phrase kept, empty is none, too long or multi-line refused", () => {
    expect(readReportBy("２０２２-１０-２０")).toBe("2022-10-20");
    expect(readReportBy(" 10月底前 ")).toBe("10月底前");
    expect(readReportBy("")).toBeNull();
    expect(readReportBy(null)).toBeNull();
    expect(readReportBy("每月5日前\n报送")).toBeUndefined();
    expect(readReportBy("字".repeat(41))).toBeUndefined();
    expect(readReportBy(20221020)).toBeUndefined();
  });
  test("password: empty is none, up to 255 characters, no line breaks", () => {
    expect(readCyclePassword("")).toBeNull();
    expect(readCyclePassword(" a b ")).toBe(" a b ");
    expect(readCyclePassword("x".repeat(255))).toHaveLength(255);
    expect(readCyclePassword("x".repeat(256))).toBeUndefined();
    expect(readCyclePassword("a\nb")).toBeUndefined();
  });
});
