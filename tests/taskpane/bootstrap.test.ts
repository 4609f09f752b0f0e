import { decideMode, watchMode } from "../../src/taskpane/bootstrap";

describe("decideMode: inside Excel or the standalone page", () => {
  test("no office.js at all → standalone", async () => {
    await expect(decideMode(undefined, 50)).resolves.toBe("standalone");
    await expect(decideMode({}, 50)).resolves.toBe("standalone");
  });
  test("onReady with host Excel → excel", async () => {
    await expect(decideMode({ onReady: async () => ({ host: "Excel", platform: "PC" }) }, 1000)).resolves.toBe("excel");
  });
  test.each([
    ["office.js in a plain browser (host null)", async () => ({ host: null })],
    ["another Office host", async () => ({ host: "Word" })],
    ["onReady resolving with nothing", async () => undefined],
    ["onReady rejecting", async () => Promise.reject(new Error("no"))],
  ])("%s → standalone", async (_name, onReady) => {
    await expect(decideMode({ onReady }, 1000)).resolves.toBe("standalone");
  });
  test("onReady throwing → standalone", async () => {
    await expect(
      decideMode({ onReady: () => { throw new Error("boom"); } }, 1000),
    ).resolves.toBe("standalone");
  });
  test("onReady never answering → standalone after the timeout", async () => {
    const started = Date.now();
    const mode = await decideMode({ onReady: () => new Promise(() => undefined) }, 80);
    expect(mode).toBe("standalone");
    expect(Date.now() - started).toBeGreaterThanOrEqual(70);
  });
  test("a slow Excel: standalone after the timeout, then Excel when it answers; nothing after that", async () => {
    let answer: (v: { host: string }) => void = () => undefined;
    const modes: string[] = [];
    watchMode({ onReady: () => new Promise((r) => (answer = r)) }, 30, (m) => modes.push(m));
    await new Promise((r) => setTimeout(r, 60));
    expect(modes).toEqual(["standalone"]);
    answer({ host: "Excel" });
    await new Promise((r) => setTimeout(r, 10));
    expect(modes).toEqual(["standalone", "excel"]);
  });
  test("a quick answer is shown once: the timeout does not fire afterwards", async () => {
    const modes: string[] = [];
    watchMode({ onReady: async () => ({ host: null }) }, 20, (m) => modes.push(m));
    await new Promise((r) => setTimeout(r, 50));
    expect(modes).toEqual(["standalone"]);
  });
});

describe("decideMode: inside WPS 表格", () => {
  const et = { ActiveWorkbook: null };
  test("wps.EtApplication() or the Application global of WPS 表格 → wps, without waiting for Office", async () => {
    const never = { onReady: () => new Promise<never>(() => undefined) };
    await expect(decideMode(never, 5000, { wps: { EtApplication: () => et } })).resolves.toBe("wps");
    await expect(decideMode(undefined, 50, { Application: et })).resolves.toBe("wps");
  });
  test.each([
    ["WPS 文字 (an Application without workbooks)", { Application: { ActiveDocument: {} } }],
    ["a wps namespace whose EtApplication throws", { wps: { EtApplication: () => { throw new Error("no"); } } }],
    ["a plain page", {}],
  ])("%s → the same fallbacks as without WPS", async (_name, globals) => {
    await expect(decideMode(undefined, 50, globals)).resolves.toBe("standalone");
    await expect(decideMode({ onReady: async () => ({ host: "Excel" }) }, 1000, globals)).resolves.toBe("excel");
  });
});
