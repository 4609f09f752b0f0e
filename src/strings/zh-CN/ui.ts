/** ui strings (zh-CN). */
export const ui = {
};
