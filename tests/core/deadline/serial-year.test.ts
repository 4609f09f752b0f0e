import { deadlineFromSerial, detectYear } from "../../../src/core/deadline";

describe("deadlineFromSerial (1900 date system, with Excel's 1900 leap-year bug)", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [44865, "2022-10-31"],
    [44895, "2022-11-30"],
    [44926, "2022-12-31"],
    [45351, "2024-02-29"],
    [44865.75, "2022-10-31"],
    [2958465, "9999-12-31"],
  ])("%p → %s", (serial, iso) => {
    expect(deadlineFromSerial(serial)).toEqual({ text: iso, kind: "date", due: iso, milestones: [iso], ongoing: false });
  });
  it.each([60, 0, -1, 2958466, NaN, Infinity])("%p is not a date", (serial) => {
    const d = deadlineFromSerial(serial);
    expect(d.kind).toBe("unknown");
    expect(d.due).toBeNull();
  });
});

describe("detectYear", () => {
  it.each([
    ["2022年全市政务公开工作主要任务分解表", 2022],
    ["2022年工作要点.xlsx", 2022],
    ["2022_分解表.xlsx", 2022],
    ["分解表-2023.xlsx", 2023],
    ["二〇二二年政务公开工作要点", 2022],
    ["２０２２年度重点任务", 2022],
    ["XX市人民政府办公室关于印发2022年政务公开工作要点的通知", 2022],
    // a date buried in a sentence is not the plan's year; the year named as a year is
    ["请于2021年12月底前报送。2022年政务公开工作要点", 2022],
    ["X政办发〔2022〕15号 关于印发政务公开工作要点的通知", 2022],
    // a document number's year only when nothing better is named
    ["X政办发〔2021〕15号 关于印发2022年政务公开工作要点的通知", 2022],
  ])("%s → %d", (text, year) => {
    expect(detectYear(text)).toBe(year);
  });
  it.each([
    "请于2021年12月底前报送",
    "2021年9月1日",
    "2022-10-31.xlsx",
    "任务分解表.xlsx",
    "",
    "编号12345",
    "1888年",
    "20221031",
  ])("%s → null", (text) => {
    expect(detectYear(text)).toBeNull();
  });
});
