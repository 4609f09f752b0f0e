import type { cli as zh } from "../zh-CN/cli";

/** cli strings (en-US): the same keys as zh-CN. */
export const cli: typeof zh = {
};
