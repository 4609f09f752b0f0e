import type { findings as zh } from "../zh-CN/findings";

/** findings strings (en-US): the same keys as zh-CN. */
export const findings: typeof zh = {
};
