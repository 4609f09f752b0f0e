/** import strings (zh-CN). */
export const importDoc = {
};
