/** Office.js error codes → HostError: a message that says what to do, in the UI language. */
import { toHostError } from "../../src/excel/errors";
import { HostError } from "../../src/app/host";
import { FakeOfficeError } from "../support/fake-excel";

test.each([
  ["InvalidOperationInCellEditMode", "cell-edit", /Enter.*Esc/],
  ["AccessDenied", "protected", /撤销.*保护/],
  ["ApiNotFound", "api", /更新到最新版本/],
  ["RequestPayloadSizeLimitExceeded", "too-large", /拆分/],
  ["ResponsePayloadSizeLimitExceeded", "too-large", /拆分/],
  ["GeneralException", "excel", /GeneralException.*再试一次/],
])("%s → %s", (code, hostCode, message) => {
  const e = toHostError(new FakeOfficeError(code, "x"), "zh-CN");
  expect(e).toBeInstanceOf(HostError);
  expect(e.code).toBe(hostCode);
  expect(e.message).toMatch(message);
  expect(e.message).not.toMatch(/\bat \w+ \(|Error:/); // never a stack trace
});

test("English when the UI is English; a HostError passes through; anything else is still a clear message", () => {
  expect(toHostError(new FakeOfficeError("AccessDenied", "x"), "en-US").message).toMatch(/Unprotect|protection/);
  const own = new HostError("自己的消息", "settings");
  expect(toHostError(own, "zh-CN")).toBe(own);
  expect(toHostError(new TypeError("boom"), "zh-CN").message).toContain("TypeError");
  expect(toHostError("weird", "zh-CN").code).toBe("excel");
});
