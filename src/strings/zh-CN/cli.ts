/** cli strings (zh-CN). */
export const cli = {
};
