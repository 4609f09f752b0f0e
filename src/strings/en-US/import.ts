import type { importDoc as zh } from "../zh-CN/import";

/** import strings (en-US): the same keys as zh-CN. */
export const importDoc: typeof zh = {
};
