import type { ui as zh } from "../zh-CN/ui";

/** ui strings (en-US): the same keys as zh-CN. */
export const ui: typeof zh = {
};
